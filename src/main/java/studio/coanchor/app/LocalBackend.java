package studio.coanchor.app;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.SignalCodec;
import studio.coanchor.server.Backend;
import studio.coanchor.server.BackendConfig;
import studio.coanchor.server.ListenAddress;
import studio.coanchor.server.PasswordHash;
import studio.coanchor.server.Secret;
import studio.coanchor.server.signal.SignalingHub;
import studio.coanchor.tencent.StreamHost;

/**
 * The backend the studio runs on loopback when no remote one is configured, so co-anchoring works without an
 * account: one local anchor, keys and password made up at start and never written anywhere, streams on a plain
 * RTMP server. It listens on a free loopback port until closed.
 */
final class LocalBackend implements AutoCloseable {
    static final String DEFAULT_RTMP_SERVER = "rtmp://127.0.0.1:1935";
    private static final long LOCAL_APP_ID = 1;
    private static final String FALLBACK_ANCHOR = "anchor";

    private final String anchorId;
    private final String password;
    private final SignalingHub hub = new SignalingHub();
    private final Backend backend;

    /** @param rtmpServer the RTMP server anchors push to and play from, e.g. {@code rtmp://127.0.0.1:1935} */
    LocalBackend(String anchorId, String rtmpServer) {
        SecureRandom random = new SecureRandom();
        this.anchorId = anchorId;
        this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 24));
        StreamHost server = StreamHost.parse(rtmpServer);
        BackendConfig config = new BackendConfig(new ListenAddress("127.0.0.1", 0),
                new BackendConfig.Tencent(LOCAL_APP_ID, OptionalLong.empty(), server, server, "live",
                        new Secret(key(random)), new Secret(key(random)), Optional.empty(), Optional.empty(),
                        BackendConfig.Tencent.TENCENT_MIX_ENDPOINT, Duration.ofHours(24)),
                Optional.empty(),
                List.of(new BackendConfig.User(anchorId, PasswordHash.create(password.toCharArray(),
                        PasswordHash.RECOMMENDED_MIN_ITERATIONS, random), anchorId)),
                BackendConfig.DEFAULT_TOKEN_LIFETIME);
        this.backend = new Backend(config, hub, hub::install);
    }

    /** The computer's user name as an anchor ID, or {@code anchor} when it has no usable letters. */
    static String localAnchorId() {
        String name = System.getProperty("user.name", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return SignalCodec.isValidId(name) ? name : FALLBACK_ANCHOR;
    }

    void start() {
        backend.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + backend.port());
    }

    String anchorId() {
        return anchorId;
    }

    /** Logs the local anchor in. */
    BackendAccount login() throws BackendException {
        return BackendAccount.login(uri(), anchorId, password);
    }

    @Override
    public void close() {
        backend.stop();
    }

    private static String key(SecureRandom random) {
        return HexFormat.of().formatHex(bytes(random, 16));
    }

    private static byte[] bytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
