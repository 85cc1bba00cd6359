package studio.coanchor.server;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.tencent.StreamHost;

/**
 * The backend's settings, as read from its JSON file by {@link BackendConfigFile}. Each user pushes one stream,
 * named by the user's ID unless {@code streamId} says otherwise; a room's ID is its owner's user ID.
 */
public record BackendConfig(ListenAddress listen, Tencent tencent, Optional<Mixer> mixer, List<User> users,
                            Duration tokenLifetime) {
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);

    public BackendConfig {
        users = List.copyOf(users);
        if (mixer.isPresent() && tencent.apiKey().isEmpty()) {
            throw new IllegalArgumentException("mixer needs tencent.apiKey, which signs the mix requests it takes: add"
                    + " one, or remove mixer");
        }
    }

    public Optional<User> user(String id) {
        return users.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    /** The stream a user pushes; a user the file does not name (a guest in a room) is its own stream name. */
    public String streamOf(String userId) {
        return user(userId).map(User::streamId).orElse(userId);
    }

    /** The Tencent (or plain RTMP) account: where streams go, the keys that sign them, the mix API. */
    public record Tencent(long appId, OptionalLong bizId, StreamHost pushDomain, StreamHost playDomain, String app,
                          Secret pushKey, Secret playKey, Optional<Secret> apiKey, Optional<Secret> callbackKey,
                          URI mixEndpoint, Duration urlLifetime) {
        public static final URI TENCENT_MIX_ENDPOINT = URI.create("http://fcgi.video.qcloud.com/common_access");
    }

    /**
     * The self-hosted mixer: where it plays inputs and publishes mixes, {@code {stream}} standing for a stream ID, and
     * the H.264 encoder it asks for.
     */
    public record Mixer(String inputUrl, String outputUrl, EncoderChoice encoder) {
        public static final String STREAM = "{stream}";

        public Mixer {
            if (inputUrl.equals(outputUrl)) {
                throw new IllegalArgumentException("mixer.outputUrl is the same as mixer.inputUrl: a mix named after"
                        + " its primary would be published over the primary's own stream; point outputUrl at another"
                        + " application, e.g. rtmp://HOST/mix/{stream}");
            }
        }

        public String input(String streamId) {
            return inputUrl.replace(STREAM, streamId);
        }

        public String output(String streamId) {
            return outputUrl.replace(STREAM, streamId);
        }
    }

    /** Someone who may log in. */
    public record User(String id, PasswordHash passwordHash, String streamId) {
    }
}
