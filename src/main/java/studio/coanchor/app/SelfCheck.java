package studio.coanchor.app;

/** One part of {@code coanchor --self-test}: it tries something the studio needs, for real, and says how it went. */
interface SelfCheck {

    /** A one-word name for the output: {@code encoders}, {@code push}, {@code backend}. */
    String name();

    /** Runs the check within a bounded time; a failure is an outcome, not an exception. */
    CheckOutcome run() throws InterruptedException;
}
