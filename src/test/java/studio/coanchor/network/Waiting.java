package studio.coanchor.network;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition every 50 ms until it holds or the time is up. */
final class Waiting {
    private Waiting() {
    }

    static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
