package studio.coanchor.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import studio.coanchor.server.SecretReference;
import studio.coanchor.tencent.HotlinkSigner;
import studio.coanchor.tencent.PlayUrls;
import studio.coanchor.tencent.Recording;
import studio.coanchor.tencent.StreamAddress;
import studio.coanchor.tencent.StreamHost;
import studio.coanchor.tencent.TxTime;
import studio.coanchor.tencent.UrlLifetime;

@Command(name = "url", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a signed (hotlink-protected) push URL, or the play URLs of a stream: RTMP, HTTP-FLV,"
                + " HLS and the low-latency ACC form co-anchors play each other with.",
                "One labelled URL a line on standard output; warnings on standard error. The key is never printed."})
final class UrlCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "push|play", description = "which URLs to sign")
    private String kind;

    @Option(names = "--domain", required = true, paramLabel = "DOMAIN",
            description = "push or play domain: a host name, or a base such as rtmp://127.0.0.1:1935")
    private String domain;

    @Option(names = "--app", paramLabel = "APP", defaultValue = "live", description = "app (default: ${DEFAULT-VALUE})")
    private String app;

    @Option(names = "--stream", required = true, paramLabel = "STREAM", description = "stream name")
    private String stream;

    @Option(names = "--key", required = true, paramLabel = "KEY",
            description = "the push or play key, or env:VARIABLE to read it from the environment")
    private String key;

    @ArgGroup(exclusive = true)
    private Expiry expiry;

    @Option(names = "--record", paramLabel = "FORMATS", description = "push only: cloud recording, mp4|hls|flv in any"
            + " combination")
    private String record;

    @Option(names = "--record-interval", paramLabel = "SECONDS", description = "push only: seconds per recorded file,"
            + " mp4 and flv only, " + Recording.MIN_INTERVAL_SECONDS + " to " + Recording.MAX_INTERVAL_SECONDS
            + " (Tencent's default " + Recording.DEFAULT_INTERVAL_SECONDS + ")")
    private Integer recordInterval;

    @Option(names = "--record-audio-only", description = "push only: record the sound only")
    private boolean recordAudioOnly;

    @Option(names = "--bizid", paramLabel = "N", description = "play only: account bizid, added to the ACC URL")
    private Long bizId;

    static final class Expiry {
        @Option(names = "--expires", paramLabel = "TIME", converter = DurationConverter.class,
                description = "valid for this long from now, e.g. 24h (default)")
        private Duration expires;

        @Option(names = "--txtime", paramLabel = "HEX", description = "expiry as Unix seconds in hex, e.g. 5C271099")
        private String txTime;
    }

    private final Clock clock;
    private final Map<String, String> environment;

    UrlCommand() {
        this(Clock.systemUTC(), System.getenv());
    }

    UrlCommand(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        boolean push = switch (kind.toLowerCase(Locale.ROOT)) {
            case "push" -> true;
            case "play" -> false;
            default -> throw invalid("push|play", "'" + kind + "' is neither push nor play");
        };
        if (push && bizId != null) {
            throw invalid("--bizid", "applies to play URLs only");
        }
        if (!push && (record != null || recordInterval != null || recordAudioOnly)) {
            throw invalid("--record", "recording is asked on a push URL; use it with 'url push'");
        }
        HotlinkSigner signer = checked("--key", () -> new HotlinkSigner(
                SecretReference.resolve(key, "--key", environment).value()));
        StreamHost host = checked("--domain", () -> StreamHost.parse(domain));
        StreamAddress address = checked("--app/--stream",
                () -> new StreamAddress(host, app, stream));
        TxTime txTime = txTime(clock.instant());
        PrintWriter out = spec.commandLine().getOut();
        if (push) {
            Recording recording = checked("--record", () -> Recording.parse(record, recordInterval, recordAudioOnly));
            out.println("push " + signer.push(address, txTime, recording));
        } else {
            PlayUrls urls = signer.play(address, txTime, bizId == null ? OptionalLong.empty() : OptionalLong.of(bizId));
            out.println("rtmp " + urls.rtmp());
            out.println("flv  " + urls.flv());
            out.println("hls  " + urls.hls());
            out.println("acc  " + urls.acc());
        }
        out.flush();
        return 0;
    }

    private TxTime txTime(Instant now) {
        boolean given = expiry != null && expiry.txTime != null;
        String option = given ? "--txtime" : "--expires";
        TxTime txTime = given ? checked(option, () -> TxTime.parse(expiry.txTime))
                : checked(option, () -> TxTime.at(now.plus(expiry == null ? UrlLifetime.DEFAULT : expiry.expires)));
        checked(option, () -> UrlLifetime.check(txTime, now))
                .ifPresent(warning -> spec.commandLine().getErr().println("warning: " + warning));
        return txTime;
    }

    /** Runs a check of the tencent package, reporting its refusal as a bad value of {@code option}. */
    private <T> T checked(String option, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid(option, e.getMessage());
        }
    }

    private ParameterException invalid(String option, String message) {
        return new ParameterException(spec.commandLine(), "Invalid value for " + option + ": " + message);
    }
}
