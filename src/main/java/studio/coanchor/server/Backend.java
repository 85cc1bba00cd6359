package studio.coanchor.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.server.mixer.SelfHostedMixer;
import studio.coanchor.tencent.TimeSignature;

/**
 * The business backend: signs URLs and mix requests with keys that never leave it, logs anchors in, receives
 * Tencent's callbacks, and hosts the routes of the signaling hub.
 *
 * <pre>
 * GET  /api/health                          {"status":"ok"}
 * POST /api/login      {userId, password}   {token, expiresAt, userId}
 * POST /api/urls       Bearer, [recording]  the caller's signed push and play URLs, linked anchors' ACC URLs
 * POST /api/mix        Bearer, para|request {code, message, attempts, serviceMessage}
 * GET  /api/rooms      Bearer               {rooms: [RoomView]}
 * GET  /api/streams    Bearer               {streams: [live state, recording files]}
 * POST /callback/tencent  signed event      {"code":0}
 * POST /common_access?appid=..&interface=Mix_StreamV2&t=..&sign=..  with a mixer configured: the self-hosted mixer
 * </pre>
 *
 * Every refusal is {@code {"error": "..."}} with a 4xx or 5xx status. Threads: the HTTP server's pool
 * ({@code backend-http-*}), the mix relay's ({@code backend-mix-*}) and the self-hosted mixer's ({@code mixer-watch}
 * and each mix's players, composition and pusher) start in {@link #start()} and end in {@link #stop()}; the backend
 * can start again after a stop.
 */
public final class Backend {
    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    private static final int MAX_HTTP_THREADS = 32;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final BackendConfig config;
    private final RoomDirectory rooms;
    private final RouteInstaller extraRoutes;
    private final Clock clock;
    private final MixRetry mixRetry;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final StreamActivity activity = new StreamActivity();
    private Javalin server;
    private ScheduledExecutorService mixThreads;

    public Backend(BackendConfig config, RoomDirectory rooms, RouteInstaller extraRoutes) {
        this(config, rooms, extraRoutes, Clock.systemUTC(), MixRetry.TENCENT);
    }

    public Backend(BackendConfig config, RoomDirectory rooms, RouteInstaller extraRoutes, Clock clock,
                   MixRetry mixRetry) {
        this.config = config;
        this.rooms = rooms;
        this.extraRoutes = extraRoutes;
        this.clock = clock;
        this.mixRetry = mixRetry;
        this.sessions = new Sessions(config.tokenLifetime(), clock);
        this.throttle = new LoginThrottle(LoginThrottle.MAX_ATTEMPTS, LoginThrottle.WINDOW, clock);
    }

    /** Listens on the configured address; throws {@link IllegalStateException} saying why when it cannot. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the backend is running already");
        }
        mixThreads = Executors.newSingleThreadScheduledExecutor(named("backend-mix-"));
        HttpClient client = HttpClient.newBuilder().executor(mixThreads).connectTimeout(Duration.ofSeconds(5))
                .build();
        Optional<MixRelay> relay = config.tencent().apiKey().map(key -> new MixRelay(config.tencent().mixEndpoint(),
                config.tencent().appId(), new TimeSignature(key.value()), mixRetry, clock, client, mixThreads));
        Javalin app = Javalin.create(javalin -> configure(javalin, relay));
        try {
            app.start();
        } catch (JavalinBindException e) {
            stopThreads();
            throw new IllegalStateException("cannot listen on " + config.listen().host() + ":"
                    + config.listen().port() + ": the address is in use or not this machine's", e);
        } catch (RuntimeException e) {
            stopThreads();
            throw e;
        }
        server = app;
        LOG.info("Backend listening on {}", config.listen().url(app.port()));
    }

    /** Stops listening and ends the backend's threads; does nothing when it is not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop();
        server = null;
        stopThreads();
        LOG.info("Backend stopped");
    }

    /** The port it listens on (the chosen one when the configuration says 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the backend is not running");
        }
        return server.port();
    }

    /** The login tokens, for parts of the studio that run in the same process. */
    public TokenCheck tokens() {
        return sessions;
    }

    private void configure(JavalinConfig javalin, Optional<MixRelay> relay) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.startup.startupWatcherEnabled = false;
        javalin.jetty.host = config.listen().host();
        javalin.jetty.port = config.listen().port();
        QueuedThreadPool pool = new QueuedThreadPool(MAX_HTTP_THREADS, 2);
        pool.setName("backend-http");
        javalin.jetty.threadPool = pool;
        javalin.http.maxRequestSize = RequestBody.MAX_BYTES;
        javalin.http.prefer405over404 = true;
        javalin.jsonMapper(new JavalinJackson(StrictJson.MAPPER, false));

        Logins logins = new Logins(config, sessions, throttle);
        SignedUrls urls = new SignedUrls(config, rooms, clock);
        Mixes mixes = new Mixes(config, rooms, clock, relay);
        Callbacks callbacks = new Callbacks(config.tencent().callbackKey().map(key -> new TimeSignature(key.value())),
                activity, clock);
        RoutesConfig routes = javalin.routes;
        routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        routes.post("/api/login", logins::login);
        routes.post("/api/urls", ctx -> urls.urls(ctx, Bearer.userOf(ctx, sessions)));
        routes.post("/api/mix", ctx -> mixes.mix(ctx, Bearer.userOf(ctx, sessions)));
        routes.get("/api/rooms", ctx -> {
            Bearer.userOf(ctx, sessions);
            ctx.json(Map.of("rooms", rooms.rooms()));
        });
        routes.get("/api/streams", ctx -> {
            Bearer.userOf(ctx, sessions);
            ctx.json(Map.of("streams", activity.streams()));
        });
        routes.post("/callback/tencent", callbacks::receive);
        routes.exception(ApiError.class, ApiError::answer);
        routes.exception(JsonFieldException.class, (e, ctx) -> new ApiError(400, e.getMessage()).answer(ctx));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            new ApiError(500, "the backend failed on this request; its log says why").answer(ctx);
        });
        routes.error(404, ctx -> new ApiError(404, "no such endpoint: " + ctx.method() + " " + ctx.path()).answer(ctx));
        routes.error(405, ctx -> new ApiError(405, ctx.path() + " does not take " + ctx.method()).answer(ctx));
        extraRoutes.install(javalin, sessions);
        config.mixer().ifPresent(mixer -> new SelfHostedMixer(mixer, config.tencent().appId(),
                new TimeSignature(config.tencent().apiKey().orElseThrow().value()), clock).install(javalin, sessions));
    }

    private void stopThreads() {
        mixThreads.shutdownNow();
        try {
            if (!mixThreads.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the mix relay's thread did not end within {} s", STOP_TIMEOUT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mixThreads = null;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }
}
