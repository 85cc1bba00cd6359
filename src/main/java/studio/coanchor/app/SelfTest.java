package studio.coanchor.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code coanchor --self-test}: runs each {@link SelfCheck} in turn, prints a {@code CHECK} line for each and a
 * verdict, and answers 0 only when every check passed. It needs no window, camera, sound card or network beyond
 * loopback, so it tells whether an installation works on any machine, headless ones included.
 */
final class SelfTest {
    private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);
    private static final Duration PUSH_LENGTH = Duration.ofSeconds(3);

    private final List<SelfCheck> checks;

    SelfTest(List<SelfCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The encoders, a push decoded back through loopback, and the in-process backend. */
    static SelfTest standard() {
        return new SelfTest(List.of(new EncoderCheck(), new LoopbackPushCheck(PUSH_LENGTH), new BackendCheck()));
    }

    int run(PrintWriter out) {
        out.println("SELF-TEST " + new VersionProvider().getVersion()[0] + ", Java "
                + System.getProperty("java.version") + " from " + System.getProperty("java.home") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.flush();
        List<String> failed = new ArrayList<>();
        for (SelfCheck check : checks) {
            CheckOutcome outcome = outcome(check);
            out.println("CHECK " + check.name() + (outcome.passed() ? " ok " : " FAILED ") + outcome.detail());
            out.flush();
            if (!outcome.passed()) {
                failed.add(check.name());
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        int ran = checks.size();
        out.println(failed.isEmpty() ? "SELF-TEST passed: all " + ran + " checks"
                : "SELF-TEST failed: " + String.join(", ", failed) + " (" + failed.size() + " of " + ran + " checks)");
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    private static CheckOutcome outcome(SelfCheck check) {
        try {
            return check.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckOutcome.failed("interrupted");
        } catch (RuntimeException e) {
            LOG.debug("The {} check failed", check.name(), e);
            return CheckOutcome.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
