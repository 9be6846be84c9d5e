package dk.samskab.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain TCP forwarder between the application and a server it uses (its database, an external
 * LRS). Cutting it is a network
 * outage as the application sees one: open connections drop and new ones are refused.
 */
public final class TcpProxy {

    private final int listenPort;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public TcpProxy(int listenPort, int targetPort) {
        this.listenPort = listenPort;
        this.targetPort = targetPort;
    }

    public synchronized void open() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", listenPort));
            listener = socket;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + listenPort, e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + listenPort);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Drops every connection and stops listening. */
    public synchronized void cut() {
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    public int port() {
        return listenPort;
    }

    private void acceptLoop() {
        ServerSocket server = listener;
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket("127.0.0.1", targetPort);
                } catch (IOException refused) {
                    // Nothing listens behind the proxy: the client sees its connection closed at once.
                    closeQuietly(client);
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // listener closed by cut(), or the database refused: the client sees the drop
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // connection dropped
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // already closed
        }
    }
}
