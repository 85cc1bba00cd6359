package studio.coanchor.app;

import studio.coanchor.ui.BroadcastControl;

/**
 * The {@code coanchor} command. A plain class rather than a JavaFX {@code Application} so that it starts from the
 * class path; the studio window is launched through {@link StudioLauncher}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CoanchorCommand root = new CoanchorCommand(Main::studioEngine);
        System.exit(CoanchorCommand.commandLine(root, new PushCommand(), new DevicesCommand()).execute(args));
    }

    private static BroadcastControl studioEngine() {
        throw new IllegalStateException("the studio engine is not linked into this build yet; try 'coanchor push'");
    }
}
