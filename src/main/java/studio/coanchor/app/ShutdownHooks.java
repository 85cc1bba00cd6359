package studio.coanchor.app;

/** Removing a JVM shutdown hook that may already be running. */
final class ShutdownHooks {
    private ShutdownHooks() {
    }

    static void remove(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and stops everything itself
        }
    }
}
