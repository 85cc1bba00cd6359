package studio.coanchor.server.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import studio.coanchor.server.signal.FloodGuard.Verdict;

class FloodGuardTest {
    private final SteppedClock clock = new SteppedClock();

    @Test
    void theSpecsAnswerTimeAndCommandAgeAreTenSeconds() {
        assertEquals(Duration.ofSeconds(10), SignalingRules.DEFAULT.answerTimeout());
        assertEquals(Duration.ofSeconds(10), SignalingRules.DEFAULT.maxCommandAge());
        assertEquals(20, SignalingRules.DEFAULT.messagesPerSecond());
        assertEquals(40, SignalingRules.DEFAULT.burst());
    }

    @Test
    void aBurstPassesThenOneWarningThenSilentDrops() {
        FloodGuard guard = new FloodGuard(clock, SignalingRules.DEFAULT);

        for (int i = 0; i < 40; i++) {
            assertEquals(Verdict.PASS, guard.admit(), "message " + i);
        }
        assertEquals(Verdict.FIRST_DROP, guard.admit());
        assertEquals(Verdict.DROP, guard.admit());
        clock.advance(Duration.ofMillis(50));
        assertEquals(Verdict.PASS, guard.admit(), "20 a second refill one token in 50 ms");
        assertEquals(Verdict.DROP, guard.admit(), "the flood goes on until the bucket is full again");
    }

    @Test
    void aFullBucketEndsTheFlood() {
        FloodGuard guard = new FloodGuard(clock, SignalingRules.DEFAULT);
        for (int i = 0; i < 41; i++) {
            guard.admit();
        }

        clock.advance(Duration.ofSeconds(2));

        assertEquals(Verdict.PASS, guard.admit());
        for (int i = 0; i < 39; i++) {
            guard.admit();
        }
        assertEquals(Verdict.FIRST_DROP, guard.admit(), "a new flood is warned about again");
    }

    @Test
    void aSenderSlightlyOverTheRateIsClosedOnceItsDropsPassTheLimit() {
        FloodGuard guard = new FloodGuard(clock, new SignalingRules(Duration.ofSeconds(10), Duration.ofSeconds(10),
                20, 40, 5, Duration.ofSeconds(10), Duration.ofSeconds(30)));
        for (int i = 0; i < 40; i++) {
            guard.admit();
        }
        int dropped = 0;
        Verdict verdict = Verdict.PASS;
        while (verdict != Verdict.CLOSE) {
            verdict = guard.admit();
            if (verdict == Verdict.FIRST_DROP || verdict == Verdict.DROP) {
                dropped++;
            }
            clock.advance(Duration.ofMillis(45));
        }
        assertEquals(5, dropped);
    }

    @Test
    void rulesOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SignalingRules.DEFAULT.withAnswerTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SignalingRules(Duration.ofSeconds(1),
                Duration.ofSeconds(1), 0, 40, 200, Duration.ofSeconds(10), Duration.ofSeconds(30)));
        IllegalArgumentException keepAlive = assertThrows(IllegalArgumentException.class,
                () -> SignalingRules.DEFAULT.withKeepAlive(Duration.ofSeconds(30), Duration.ofSeconds(30)));
        assertEquals("the idle timeout must be longer than the ping interval, were 30000 ms and 30000 ms",
                keepAlive.getMessage());
    }

    /** A clock that moves only when the test says. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
