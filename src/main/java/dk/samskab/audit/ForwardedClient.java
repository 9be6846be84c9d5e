package dk.samskab.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Which address a request really came from when reverse proxies forward it. X-Forwarded-For is
 * read from the right: each trusted proxy appended the address it was reached from, so the first
 * address from the right that is not a trusted proxy is the client. Everything left of it was
 * written by the client and may be made up.
 */
final class ForwardedClient {

    private static final Logger LOG = Logger.getLogger(ForwardedClient.class.getName());

    /** An address or a CIDR range (10.0.0.0/8, fd00::/8). */
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((address[whole] ^ network[whole]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final List<Range> trusted;

    private ForwardedClient(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** From the setting: comma-separated addresses or CIDR ranges; an entry that is neither is logged and left out. */
    static ForwardedClient trusting(String proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : proxies == null ? new String[0] : proxies.split(",")) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
            Integer bits = network == null ? null : prefix(slash < 0 ? null : text.substring(slash + 1), network.length * 8);
            if (bits == null) {
                LOG.warning(() -> "samskab.trusted-proxies: '" + text + "' is neither an IP address nor a CIDR range; ignored");
            } else {
                ranges.add(new Range(network, bits));
            }
        }
        return new ForwardedClient(List.copyOf(ranges));
    }

    /** The client's address, given the connection's remote end and the X-Forwarded-For header. */
    String clientOf(String remote, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String nearest = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                // A trusted proxy never writes this: whatever is left of here is the client's own text.
                return nearest;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of an IP address literal; null for anything else (never a name lookup). */
    private static byte[] literal(String text) {
        if (text == null || !text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        if (text.contains(":")) {
            try {
                // With a colon, the JDK parses an IPv6 literal and never asks DNS.
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException notAnAddress) {
                return null;
            }
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    private static Integer prefix(String text, int max) {
        if (text == null) {
            return max;
        }
        try {
            int bits = Integer.parseInt(text);
            return bits >= 0 && bits <= max ? bits : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
