package studio.coanchor.server;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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

    /** The self-hosted mixer's RTMP addresses, {@code {stream}} standing for a stream ID. */
    public record Mixer(String inputUrl, String outputUrl) {
        public static final String STREAM = "{stream}";

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
