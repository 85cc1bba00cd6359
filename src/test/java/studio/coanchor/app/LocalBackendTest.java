package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.StreamGrant;

class LocalBackendTest {

    @Test
    void theLocalAnchorLogsInAndGetsUrlsSignedForTheLocalRtmpServer() throws Exception {
        try (LocalBackend backend = new LocalBackend("studio_anchor", "rtmp://127.0.0.1:1935")) {
            backend.start();
            StreamGrant grant = backend.login().streams();
            assertEquals("studio_anchor", grant.streamId());
            assertTrue(grant.push().startsWith("rtmp://127.0.0.1:1935/live/studio_anchor?txSecret="), grant.push());
            assertTrue(grant.accPlay().startsWith("rtmp://127.0.0.1:1935/live/studio_anchor?"), grant.accPlay());
        }
    }

    @Test
    void nobodyElseCanLogInAndTheBackendRestarts() throws Exception {
        try (LocalBackend backend = new LocalBackend("studio_anchor", "rtmp://127.0.0.1:1935")) {
            backend.start();
            URI first = backend.uri();
            BackendException guess = assertThrows(BackendException.class,
                    () -> BackendAccount.login(first, "studio_anchor", "password"));
            assertTrue(guess.getMessage().startsWith("could not log in as studio_anchor"), guess.getMessage());
            backend.close();
            backend.start();
            assertEquals("studio_anchor", backend.login().userId());
        }
    }

    @Test
    void theComputersUserNameBecomesAnAnchorId() {
        String id = LocalBackend.localAnchorId();
        assertTrue(id.matches("[a-z0-9_-]{1,64}"), id);
    }
}
