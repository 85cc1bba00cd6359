package studio.coanchor.server.mixer;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.server.BackendConfig;
import studio.coanchor.server.RouteInstaller;
import studio.coanchor.server.TokenCheck;
import studio.coanchor.tencent.TimeSignature;

/**
 * A Tencent-compatible mixer inside the backend, for teams on nginx-rtmp, SRS or any RTMP server:
 * {@code POST /common_access?appid=..&interface=Mix_StreamV2&t=..&sign=..} takes the request Tencent's cloud takes
 * (Tencent's {@code cmd=} spelling too), checks the sign and the request, and answers
 * {@code {"code":..,"message":..,"timestamp":..}} with Tencent's codes. A start request mixes the inputs, played from
 * {@code mixer.inputUrl}, into {@code mixer.outputUrl}; a later one for the same {@code mix_stream_session_id} changes
 * the layout live; one with only the primary, or a cancel, ends it. Several sessions run at once.
 *
 * <p>{@link #install} adds the route to a backend. The watch thread ({@code mixer-watch}), which brings dropped
 * inputs back, starts with the server; when the server stops every mix ends and every thread is joined.
 */
public final class SelfHostedMixer implements RouteInstaller, AutoCloseable {
    /** Where the mixer listens, as Tencent's does. */
    public static final String PATH = "/common_access";

    private static final Logger LOG = LoggerFactory.getLogger(SelfHostedMixer.class);
    private static final long TEND_MILLIS = 500;

    private final long appId;
    private final TimeSignature apiSign;
    private final Clock clock;
    private final MixingSessions sessions;
    private final Object lifecycle = new Object();
    private ScheduledExecutorService watch;

    /**
     * @param apiSign checks the sign with the API key, the one the backend signs its own mix calls with
     * @param clock   tells whether a request's {@code t} has passed
     */
    public SelfHostedMixer(BackendConfig.Mixer settings, long appId, TimeSignature apiSign, Clock clock) {
        this.appId = appId;
        this.apiSign = apiSign;
        this.clock = clock;
        this.sessions = new MixingSessions(settings, new MixOutput(settings.encoder()));
    }

    /** Serves {@value #PATH} on {@code config}'s app, where a sign admits a call, not a login; runs with its server. */
    @Override
    public void install(JavalinConfig config, TokenCheck tokens) {
        config.routes.post(PATH, this::answer);
        config.events.serverStarting(this::start);
        config.events.serverStartFailed(this::close);
        config.events.serverStopped(this::close);
    }

    /** Starts the watch thread; {@link #install} arranges this for when the server starts. */
    public void start() {
        synchronized (lifecycle) {
            if (watch != null) {
                return;
            }
            watch = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "mixer-watch"));
            watch.scheduleWithFixedDelay(this::tend, TEND_MILLIS, TEND_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void answer(Context ctx) {
        long timestamp = clock.instant().getEpochSecond();
        MixerAnswer answer;
        try {
            IncomingMixCall call = IncomingMixCall.read(ctx.queryString(), ctx.body(), appId, apiSign,
                    clock.instant());
            timestamp = call.timestamp();
            answer = new MixerAnswer(0, sessions.apply(call.para()), timestamp);
        } catch (MixerRefusal refusal) {
            LOG.info("mix request refused with {}: {}", refusal.code(), refusal.getMessage());
            answer = new MixerAnswer(refusal.code(), refusal.getMessage(), timestamp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.status(503).json(Map.of("error", "the mixer is stopping; ask again once it runs"));
            return;
        }
        ctx.json(answer);
    }

    private void tend() {
        try {
            sessions.tend();
        } catch (RuntimeException e) {
            LOG.warn("The mixer's watch failed a round; it goes on", e);
        }
    }

    /** Ends every mix and joins the watch thread. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (lifecycle) {
            stopping = watch;
            watch = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("The mixer's watch thread did not end within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sessions.close();
    }
}
