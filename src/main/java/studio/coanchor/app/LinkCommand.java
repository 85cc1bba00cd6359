package studio.coanchor.app;

import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import studio.coanchor.linkmic.SignalCodec;

@Command(name = "link", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one side of a co-anchor session headless: logs in to the backend, pushes to the signed"
                + " URL it gives, joins a room, and links with the other anchors in it.",
                "Prints the push's STATUS and EVENT lines, each linked anchor's player lines as PEER <id> ..., and"
                        + " LINK <what> <who> <details> lines for the session."})
final class LinkCommand implements Callable<Integer> {
    /** The push URL comes signed from the backend after login; this one only lets the options be checked first. */
    private static final String URL_BEFORE_LOGIN = "rtmp://backend.invalid/live/unsigned";

    @Spec
    private CommandSpec spec;

    @Mixin
    private final BackendLogin login = new BackendLogin();

    @Option(names = "--room", paramLabel = "R", description = "the room to join: its owner's user ID (default: your"
            + " own room, as its owner)")
    private String room;

    @ArgGroup(exclusive = true)
    private Answering answering;

    static final class Answering {
        @Option(names = "--request", required = true, description = "ask the room's owner to link")
        private boolean request;

        @Option(names = "--accept-all", required = true, description = "as the owner, accept every request and PK")
        private boolean acceptAll;
    }

    @Option(names = "--pk", paramLabel = "OWNER", description = "as an owner, ask the owner of another room for a PK")
    private String pk;

    @Option(names = "--no-speaker", description = "decode the other anchors' sound without playing it")
    private boolean noSpeaker;

    @Mixin
    private final BroadcastOptions broadcast = new BroadcastOptions();

    private final Function<LinkRequest, Integer> runner;
    private final Function<String, String> environment;
    private final InputStream stdin;

    LinkCommand() {
        this(request -> new LinkRunner().run(request, System.out, System.err), System::getenv, System.in);
    }

    LinkCommand(Function<LinkRequest, Integer> runner, Function<String, String> environment, InputStream stdin) {
        this.runner = runner;
        this.environment = environment;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        return runner.apply(request());
    }

    private LinkRequest request() {
        try {
            login.require("link");
            String user = login.user();
            String roomId = room == null ? user : room;
            checkId("--user", user);
            checkId("--room", roomId);
            if (pk != null) {
                checkId("--pk", pk);
            }
            boolean owner = roomId.equals(user);
            boolean asks = answering != null && answering.request;
            if (asks && owner) {
                throw new IllegalArgumentException("--request asks another room's owner: give --room OWNER");
            }
            if (answering != null && answering.acceptAll && !owner) {
                throw new IllegalArgumentException("--accept-all answers requests to your own room: leave out --room "
                        + roomId);
            }
            if (pk != null && (!owner || pk.equals(user))) {
                throw new IllegalArgumentException("--pk is asked by a room's owner of another owner: leave out --room"
                        + " and name someone else");
            }
            return new LinkRequest(login.backend(), user, login.password(environment, stdin), roomId, asks,
                    answering != null && answering.acceptAll, Optional.ofNullable(pk), !noSpeaker,
                    broadcast.request(Optional.of(URL_BEFORE_LOGIN), Optional.empty()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void checkId(String option, String id) {
        if (!SignalCodec.isValidId(id)) {
            throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + id
                    + "'; accepted: 1 to 64 letters, digits, '_' or '-'");
        }
    }
}
