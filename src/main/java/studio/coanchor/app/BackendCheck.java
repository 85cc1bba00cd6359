package studio.coanchor.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.StreamGrant;

/**
 * Starts the backend the studio runs in-process, logs its local anchor in over HTTP, has it sign a push URL, stops it
 * and checks that its port is closed again. The signed URL is checked, never printed.
 */
final class BackendCheck implements SelfCheck {
    private static final int CONNECT_MILLIS = 1_000;

    @Override
    public String name() {
        return "backend";
    }

    @Override
    public CheckOutcome run() {
        LocalBackend backend = new LocalBackend(LocalBackend.localAnchorId(), LocalBackend.DEFAULT_RTMP_SERVER);
        URI address;
        try {
            backend.start();
            address = backend.uri();
            StreamGrant grant = backend.login().streams();
            String expected = LocalBackend.DEFAULT_RTMP_SERVER + "/live/" + grant.streamId() + "?";
            if (!grant.push().startsWith(expected) || !grant.push().contains("txSecret=")) {
                return CheckOutcome.failed("the backend on " + address + " signed a push URL that is not "
                        + expected + "txSecret=...");
            }
        } catch (BackendException | RuntimeException e) {
            return CheckOutcome.failed("the in-process backend failed: " + e.getMessage());
        } finally {
            backend.close();
        }
        if (accepts(address)) {
            return CheckOutcome.failed("the backend still answers on " + address + " after it was stopped");
        }
        return CheckOutcome.passed("started on " + address + ", logged " + backend.anchorId()
                + " in and signed a push URL, stopped (the port is closed again)");
    }

    private static boolean accepts(URI address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), CONNECT_MILLIS);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
