package studio.coanchor.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutFile;
import studio.coanchor.mix.LoginToken;
import studio.coanchor.mix.MixAnswer;
import studio.coanchor.mix.MixClient;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;
import studio.coanchor.mix.StreamId;

@Command(name = "mix", mixinStandardHelpOptions = true, sortOptions = false, exitCodeOnExecutionException = 2,
        description = {"Prints or sends the Mix_StreamV2 request for a layout, or makes a layout file from a preset.",
                "Prints the request when neither --send nor --save is given. Exit code 0 when done, 1 when the mixer"
                        + " answered a non-zero code, 2 on any error (one line on standard error)."})
final class MixCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--layout", paramLabel = "FILE", required = true, description = "a layout file")
        Path layout;

        @Option(names = "--preset", paramLabel = "NAME", required = true,
                description = "make the layout from a preset: column | pk | grid | pip")
        String preset;
    }

    @Option(names = "--primary", paramLabel = "WxH",
            description = "with --preset: the primary stream's picture size, e.g. 540x960 (pk draws its own 720x640 canvas)")
    private String primary;

    @Option(names = "--inputs", paramLabel = "IDS", split = ",",
            description = "with --preset: the stream IDs, the primary anchor's first, e.g. 8888_denny,8888_rex")
    private List<String> inputs;

    @Option(names = "--extended", description = "with --preset: allow up to 16 inputs (Tencent's newer API)")
    private boolean extended;

    @Option(names = "--save", paramLabel = "FILE", description = "write the layout to this file")
    private Path save;

    @ArgGroup(exclusive = true)
    private Action action;

    static final class Action {
        @Option(names = "--print", required = true, description = "print the request body as JSON")
        boolean print;

        @Option(names = "--send", required = true, description = "send the request through the backend's /api/mix")
        boolean send;
    }

    @Option(names = "--app-id", paramLabel = "N", description = "the LVB APPID the request names (needed to print or send)")
    private Long appId;

    @Option(names = "--session", paramLabel = "ID", description = "mix session ID (default: the primary's stream ID)")
    private String session;

    @Option(names = "--output", paramLabel = "ID", description = "output stream ID (default: the session ID)")
    private String output;

    @Mixin
    private final BackendLogin login = new BackendLogin();

    private final Clock clock;
    private final Function<String, String> environment;
    private final InputStream stdin;

    MixCommand() {
        this(Clock.systemUTC(), System::getenv, System.in);
    }

    MixCommand(Clock clock, Function<String, String> environment, InputStream stdin) {
        this.clock = clock;
        this.environment = environment;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean send = action != null && action.send;
        boolean print = action != null ? action.print : save == null;
        Layout layout = source.layout != null ? fromFile() : fromPreset();
        if (save != null) {
            LayoutFile.write(save, layout);
        }
        if (!print && !send) {
            return 0;
        }
        MixStreamRequest request = MixStreamRequest.at(MixPara.start(layout, session(layout)), clock.instant());
        PrintWriter out = spec.commandLine().getOut();
        if (print) {
            out.println(MixJson.pretty(request));
            out.flush();
            return 0;
        }
        MixClient client = client();
        LoginToken token = client.login(login.user(), password());
        MixAnswer answer = client.send(token, request);
        out.println(MixJson.compact(answer));
        out.flush();
        return answer.succeeded() ? 0 : 1;
    }

    private Layout fromFile() throws IOException {
        if (primary != null || inputs != null || extended) {
            throw usage("--primary, --inputs and --extended make a layout with --preset; a --layout file has its own");
        }
        return LayoutFile.read(source.layout);
    }

    private Layout fromPreset() {
        StandardPreset preset;
        try {
            preset = StandardPreset.ofLabel(source.preset);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--preset': " + e.getMessage());
        }
        if (inputs == null) {
            throw usage("Missing option --inputs: give the stream IDs for the " + preset.label()
                    + " preset, the primary anchor's first");
        }
        PictureSize size;
        if (preset == StandardPreset.PK) {
            if (primary != null) {
                throw usage("--primary does not apply to pk, which draws on its own 720x640 canvas: leave it out");
            }
            size = new PictureSize(720, 640);
        } else if (primary == null) {
            throw usage("Missing option --primary: give the primary stream's picture size, e.g. --primary 540x960");
        } else {
            try {
                size = PictureSize.parse(primary);
            } catch (IllegalArgumentException e) {
                throw usage("Invalid value for option '--primary': " + e.getMessage());
            }
        }
        return preset.arrange(size, inputs, extended ? MixScheme.EXTENDED : MixScheme.CLASSIC);
    }

    private MixSession session(Layout layout) {
        if (appId == null) {
            throw usage("Missing option --app-id: the request names the LVB APPID, e.g. --app-id 1234");
        }
        if (appId < 1) {
            throw usage("Invalid value for option '--app-id': '" + appId + "'; accepted: a positive number");
        }
        String sessionId = session == null ? layout.primary().streamId() : checkedId("--session", session);
        String outputId = output == null ? sessionId : checkedId("--output", output);
        return MixSession.of(appId, sessionId, outputId);
    }

    private MixClient client() {
        try {
            login.require("--send");
            return new MixClient(login.backend());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private String password() {
        try {
            return login.password(environment, stdin);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private String checkedId(String option, String id) {
        if (!StreamId.isValid(id)) {
            throw usage("Invalid value for option '" + option + "': '" + id
                    + "'; accepted: 1 to 64 letters, digits, '_' or '-'");
        }
        return id;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
