package studio.coanchor.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MixClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);
    private static final Layout COLUMN = StandardPreset.COLUMN.arrange(PORTRAIT,
            List.of("8888_denny", "8888_rex"), MixScheme.CLASSIC);
    private static final MixPara PARA = MixPara.start(COLUMN, MixSession.ofPrimary(1234, "8888_denny"));

    private final BackendPeer backend;
    private final MixClient client;

    MixClientTest() throws IOException {
        backend = new BackendPeer();
        client = new MixClient(backend.uri());
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void aLoggedInUserSendsAParaAndGetsTheAnswer() throws Exception {
        LoginToken token = client.login(BackendPeer.USER, BackendPeer.PASSWORD);
        assertEquals(Instant.parse(BackendPeer.EXPIRES_AT), token.expiresAt());
        assertFalse(token.toString().contains(BackendPeer.TOKEN));

        MixAnswer answer = client.send(token, PARA);

        assertEquals(new MixAnswer(0, "Success!"), answer);
        assertTrue(answer.succeeded());
        assertEquals(List.of(), backend.problems());
        assertEquals(JSON.createObjectNode().set("para", JSON.readTree(MixJson.compactParaBody(PARA)).get("para")),
                backend.mixBodies().get(0));
        assertEquals(PARA, MixJson.readPara(backend.mixBodies().get(0).toString()));
    }

    @Test
    void aWholeRequestBodyTravelsAsItIs() throws Exception {
        MixStreamRequest request = MixStreamRequest.of(PARA, 1490079362, 1490079362);

        client.send(client.login(BackendPeer.USER, BackendPeer.PASSWORD), request);

        assertEquals(JSON.readTree(MixJson.compact(request)), backend.mixBodies().get(0));
        assertEquals(List.of(), backend.problems());
    }

    @Test
    void aNonZeroTencentCodeIsAnAnswerNotAFailure() throws Exception {
        backend.answer(-505, "input stream not found: retry once every input has started pushing");

        MixAnswer answer = client.send(client.login(BackendPeer.USER, BackendPeer.PASSWORD), PARA);

        assertEquals(-505, answer.code());
        assertFalse(answer.succeeded());
        assertEquals("{\"code\":-505,\"message\":\"input stream not found: retry once every input has started pushing\"}",
                MixJson.compact(answer));
    }

    @Test
    void aRefusedLoginSaysWhyAndNeverThePassword() {
        IOException e = assertThrows(IOException.class, () -> client.login(BackendPeer.USER, "wrong-Pass"));

        assertEquals("the backend refused the login of 'alice' (HTTP 401): wrong user or password", e.getMessage());
    }

    @Test
    void aRefusedMixSaysWhyAndNeverTheToken() throws Exception {
        LoginToken token = client.login(BackendPeer.USER, BackendPeer.PASSWORD);
        backend.refuseMix(403);

        IOException e = assertThrows(IOException.class, () -> client.send(token, PARA));

        assertEquals("the backend refused the mix request (HTTP 403): only the room owner sets the mix", e.getMessage());
        IOException stale = assertThrows(IOException.class,
                () -> client.send(new LoginToken("tok-expired", Instant.EPOCH), PARA));
        assertEquals("the backend refused the mix request (HTTP 401): log in first", stale.getMessage());
        assertFalse(stale.getMessage().contains("tok-expired"));
    }

    @Test
    void aBackendThatIsNotThereIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MixClient nowhere = new MixClient(URI.create("http://127.0.0.1:" + closedPort));

        IOException e = assertThrows(IOException.class, () -> nowhere.login(BackendPeer.USER, BackendPeer.PASSWORD));

        assertTrue(e.getMessage().startsWith("cannot reach the backend at http://127.0.0.1:" + closedPort), e::getMessage);
        assertFalse(e.getMessage().contains(BackendPeer.PASSWORD));
    }

    @Test
    void anAnswerThatIsNotJsonOrAMissingPathIsNamed() throws Exception {
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().equals("/studio/api/login");
            byte[] page = (known ? "<html>Bad Gateway</html>" : "<html>Not Found</html>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 502 : 404, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        proxy.start();
        try {
            String base = "http://127.0.0.1:" + proxy.getAddress().getPort();

            IOException gateway = assertThrows(IOException.class,
                    () -> new MixClient(URI.create(base + "/studio/")).login("alice", BackendPeer.PASSWORD));
            assertEquals("the backend at " + base + "/studio/ answered the login of 'alice' with HTTP 502 without"
                    + " saying why", gateway.getMessage());

            IOException missing = assertThrows(IOException.class,
                    () -> new MixClient(URI.create(base)).login("alice", BackendPeer.PASSWORD));
            assertEquals("the backend at " + base + " has no POST /api/login (HTTP 404): is it the studio's backend?",
                    missing.getMessage());
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void aBackendUrlMustBeHttpWithoutCredentials() {
        assertThrows(IllegalArgumentException.class, () -> new MixClient(URI.create("rtmp://127.0.0.1/live")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MixClient(URI.create("http://alice:pw@127.0.0.1:8090")));
        assertFalse(e.getMessage().contains("pw"), e::getMessage);
    }
}
