package studio.coanchor.app;


/**
 * The {@code coanchor} command. A plain class rather than a JavaFX {@code Application} so that it starts from the
 * class path; the studio window is launched through {@link StudioLauncher}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CoanchorCommand root = new CoanchorCommand(StudioEngine::new);
        System.exit(CoanchorCommand.commandLine(root, new PushCommand(), new DevicesCommand(), new PlayCommand(),
                new MixCommand(), new UrlCommand(), new ServeCommand(), new LinkCommand(),
                BenchCommand.with(new LatencyBenchCommand(), new AecBenchCommand(), new SoakCommand(),
                        new MixBenchCommand())).execute(args));
    }

}
