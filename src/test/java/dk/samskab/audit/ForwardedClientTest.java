package dk.samskab.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForwardedClientTest {

    private final ForwardedClient behindIngress = ForwardedClient.trusting("127.0.0.1, 10.42.0.0/16, fd00::/8");

    @Test
    void aRequestFromAnUntrustedAddressIsThatAddressWhateverItForwards() {
        assertEquals("203.0.113.9", behindIngress.clientOf("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("198.51.100.7", behindIngress.clientOf("127.0.0.1", "198.51.100.7"));
    }

    @Test
    void anAddressTheClientWroteItselfIsNotBelieved() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it really came from.
        assertEquals("198.51.100.7", behindIngress.clientOf("127.0.0.1", "1.2.3.4, 198.51.100.7"));
    }

    @Test
    void aChainOfTrustedProxiesInARangeIsWalkedThrough() {
        assertEquals("198.51.100.7", behindIngress.clientOf("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.42.3.200"));
        assertEquals("2001:db8::5", behindIngress.clientOf("fd12::1", "2001:db8::5"));
    }

    @Test
    void theRangeEndsWhereItsPrefixSays() {
        assertEquals("10.43.0.1", behindIngress.clientOf("127.0.0.1", "1.2.3.4, 10.43.0.1"));
        assertEquals("10.42.255.255", ForwardedClient.trusting("10.42.0.0/17").clientOf("10.42.1.1", "10.42.255.255"));
    }

    @Test
    void rubbishInTheHeaderStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.42.0.9", behindIngress.clientOf("127.0.0.1", "<script>, 10.42.0.9"));
        assertEquals("127.0.0.1", behindIngress.clientOf("127.0.0.1", "evil.example.com"));
    }

    @Test
    void withoutTrustedProxiesOrWithBadEntriesNothingForwardedIsBelieved() {
        assertEquals("127.0.0.1", ForwardedClient.trusting(null).clientOf("127.0.0.1", "198.51.100.7"));
        assertEquals("127.0.0.1", ForwardedClient.trusting("localhost, 10.0.0.0/99, 300.1.1.1").clientOf("127.0.0.1", "198.51.100.7"));
    }
}
