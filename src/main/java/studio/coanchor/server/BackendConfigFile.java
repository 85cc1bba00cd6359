package studio.coanchor.server;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.tencent.StreamHost;
import studio.coanchor.tencent.UrlLifetime;

/**
 * Reads the backend's JSON configuration. Secrets ({@code pushKey}, {@code playKey}, {@code apiKey},
 * {@code callbackKey}, {@code passwordHash}) may be written as {@code env:VARIABLE}. Unknown keys are errors, so a
 * misspelt key does not silently fall back to a default.
 */
public final class BackendConfigFile {
    private static final Logger LOG = LoggerFactory.getLogger(BackendConfigFile.class);
    private static final long MAX_FILE_BYTES = 1 << 20;

    private BackendConfigFile() {
    }

    public static BackendConfig read(Path file, Map<String, String> environment) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException("config " + file + " is larger than 1 MiB; is it the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config " + file + " does not exist; write one like"
                    + " packaging/backend.example.json");
        } catch (IOException e) {
            throw new ConfigException("config " + file + " cannot be read: " + e.getMessage());
        }
        try {
            return parse(bytes, environment);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config " + file + ": " + e.getMessage());
        }
    }

    /** Reads a configuration held in memory; a problem is an {@link IllegalArgumentException} naming the key. */
    public static BackendConfig parse(byte[] bytes, Map<String, String> environment) {
        JsonFields root = JsonFields.of(StrictJson.parse(bytes, "the file"), "the file")
                .allowOnly(Set.of("listen", "tencent", "mixer", "users", "tokenLifetimeMinutes"));
        ListenAddress listen = root.optionalText("listen")
                .map(text -> about(root.path("listen"), () -> ListenAddress.parse(text)))
                .orElse(new ListenAddress("127.0.0.1", 8090));
        OptionalLong tokenMinutes = root.optionalNumber("tokenLifetimeMinutes", 1, 7 * 24 * 60);
        Duration tokenLifetime = tokenMinutes.isPresent() ? Duration.ofMinutes(tokenMinutes.getAsLong())
                : BackendConfig.DEFAULT_TOKEN_LIFETIME;
        return new BackendConfig(listen, tencent(root.object("tencent"), environment),
                root.optionalObject("mixer").map(BackendConfigFile::mixer), users(root, environment), tokenLifetime);
    }

    private static BackendConfig.Tencent tencent(JsonFields fields, Map<String, String> environment) {
        fields.allowOnly(Set.of("appId", "bizId", "pushDomain", "playDomain", "app", "pushKey", "playKey", "apiKey",
                "callbackKey", "mixEndpoint", "urlLifetimeHours"));
        Duration urlLifetime = Duration.ofHours(fields.optionalNumber("urlLifetimeHours", 1, 24 * 30)
                .orElse(UrlLifetime.DEFAULT.toHours()));
        if (urlLifetime.compareTo(UrlLifetime.WARN_BELOW) < 0) {
            LOG.warn("{} is {} h: a push cannot resume after a drop once its URL has expired; {} h or more is safer",
                    fields.path("urlLifetimeHours"), urlLifetime.toHours(), UrlLifetime.WARN_BELOW.toHours());
        }
        String app = fields.optionalText("app").orElse("live");
        if (!JsonFields.ID.matcher(app).matches()) {
            throw new JsonFieldException(fields.path("app") + " must be " + JsonFields.ID_RULE);
        }
        return new BackendConfig.Tencent(
                fields.number("appId", 1, 0xFFFF_FFFFL),
                fields.optionalNumber("bizId", 1, 0xFFFF_FFFFL),
                domain(fields, "pushDomain"),
                domain(fields, "playDomain"),
                app,
                secret(fields, "pushKey", environment),
                secret(fields, "playKey", environment),
                optionalSecret(fields, "apiKey", environment),
                optionalSecret(fields, "callbackKey", environment),
                fields.optionalText("mixEndpoint").map(text -> endpoint(fields.path("mixEndpoint"), text))
                        .orElse(BackendConfig.Tencent.TENCENT_MIX_ENDPOINT),
                urlLifetime);
    }

    private static BackendConfig.Mixer mixer(JsonFields fields) {
        fields.allowOnly(Set.of("inputUrl", "outputUrl", "encoder"));
        EncoderChoice encoder = fields.optionalText("encoder")
                .map(text -> about(fields.path("encoder"), () -> EncoderChoice.parse(text))).orElse(EncoderChoice.AUTO);
        return new BackendConfig.Mixer(rtmpTemplate(fields, "inputUrl"), rtmpTemplate(fields, "outputUrl"), encoder);
    }

    private static List<BackendConfig.User> users(JsonFields root, Map<String, String> environment) {
        List<BackendConfig.User> users = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> streams = new HashSet<>();
        for (JsonFields fields : root.objects("users", 1, 10_000)) {
            fields.allowOnly(Set.of("id", "passwordHash", "streamId"));
            String id = fields.id("id");
            String streamId = fields.optionalId("streamId").orElse(id);
            if (!ids.add(id)) {
                throw new JsonFieldException(fields.path("id") + " repeats the user ID '" + id + "'; IDs are unique");
            }
            if (!streams.add(streamId)) {
                throw new JsonFieldException(fields.path("streamId") + " repeats the stream '" + streamId
                        + "' of another user; each user pushes a stream of its own");
            }
            Secret written = secret(fields, "passwordHash", environment);
            PasswordHash hash = about(fields.path("passwordHash"), () -> PasswordHash.parse(written.value()));
            if (hash.iterations() < PasswordHash.RECOMMENDED_MIN_ITERATIONS) {
                LOG.warn("{} uses only {} PBKDF2 iterations; make a stronger hash with 'coanchor serve"
                        + " --hash-password'", fields.path("passwordHash"), hash.iterations());
            }
            users.add(new BackendConfig.User(id, hash, streamId));
        }
        return users;
    }

    private static StreamHost domain(JsonFields fields, String key) {
        String text = fields.text(key);
        return about(fields.path(key), () -> StreamHost.parse(text));
    }

    private static Secret secret(JsonFields fields, String key, Map<String, String> environment) {
        String written = fields.text(key);
        return SecretReference.resolve(written, fields.path(key), environment);
    }

    private static Optional<Secret> optionalSecret(JsonFields fields, String key, Map<String, String> environment) {
        return fields.has(key) ? Optional.of(secret(fields, key, environment)) : Optional.empty();
    }

    private static URI endpoint(String path, String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(text, "not a plain http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new JsonFieldException(path + " must be an http:// or https:// URL without a query, such as "
                    + BackendConfig.Tencent.TENCENT_MIX_ENDPOINT);
        }
    }

    private static String rtmpTemplate(JsonFields fields, String key) {
        String text = fields.text(key);
        if (!text.matches("rtmps?://[^\\s?#]+") || !text.contains(BackendConfig.Mixer.STREAM)) {
            throw new JsonFieldException(fields.path(key) + " must be an rtmp:// URL holding "
                    + BackendConfig.Mixer.STREAM + ", such as rtmp://127.0.0.1:1935/live/{stream}");
        }
        return text;
    }

    /** Runs a parser of a value's own type, prefixing its complaint with the key's path. */
    private static <T> T about(String path, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (JsonFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new JsonFieldException(path + (message.startsWith("is ") ? " " : ": ") + message);
        }
    }
}
