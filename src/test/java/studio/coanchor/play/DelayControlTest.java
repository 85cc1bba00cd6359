package studio.coanchor.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DelayControlTest {
    private static final long MS = 1_000;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void accPlaysAtOnceSpeedsUpPast80MsAndJumpsPast400Ms() {
        DelayControl acc = new DelayControl(DelayPolicy.of(DelayMode.ACC), 0);
        assertTrue(acc.mayStart(0, false));
        assertEquals(1.0, acc.rate(80 * MS));
        assertEquals(DelayControl.FASTER, acc.rate(90 * MS));
        assertEquals(DelayControl.FASTER, acc.rate(50 * MS), "keeps going until 40 ms");
        assertEquals(1.0, acc.rate(40 * MS));
        assertFalse(acc.shouldJump(400 * MS));
        assertTrue(acc.shouldJump(401 * MS));
        assertEquals(0, acc.targetMicros());
    }

    @Test
    void speedyHoldsOneSecondAndResumesOnlyWithItAfterAStall() {
        DelayControl speedy = new DelayControl(DelayPolicy.of(DelayMode.SPEEDY), 0);
        assertTrue(speedy.mayStart(0, false), "the first picture comes at once");
        speedy.stalled(SECOND);
        assertFalse(speedy.mayStart(900 * MS, true));
        assertTrue(speedy.mayStart(1_000 * MS, true));
        assertEquals(1.0, speedy.rate(1_200 * MS));
        assertEquals(DelayControl.FASTER, speedy.rate(1_300 * MS));
        assertTrue(speedy.shouldJump(1_501 * MS));
    }

    @Test
    void smoothFillsItsFiveSecondsBeforeItStarts() {
        DelayControl smooth = new DelayControl(DelayPolicy.of(DelayMode.SMOOTH), 0);
        assertFalse(smooth.mayStart(4_999 * MS, false));
        assertTrue(smooth.mayStart(5_000 * MS, false));
        assertFalse(smooth.shouldJump(5_500 * MS));
        assertTrue(smooth.shouldJump(5_501 * MS));
    }

    @Test
    void autoRaisesItsTargetAfterStallsAndLowersItAfterCalm() {
        DelayControl auto = new DelayControl(DelayPolicy.auto(Duration.ofSeconds(1), Duration.ofSeconds(2)), 0);
        assertEquals(1_000 * MS, auto.targetMicros());
        auto.stalled(SECOND);
        assertEquals(1_500 * MS, auto.targetMicros());
        auto.stalled(2 * SECOND);
        auto.stalled(3 * SECOND);
        assertEquals(2_000 * MS, auto.targetMicros(), "never above the maximum");
        assertEquals(2_500 * MS, auto.boundMicros());
        auto.playing(22 * SECOND);
        assertEquals(2_000 * MS, auto.targetMicros(), "not calm long enough yet");
        auto.playing(23 * SECOND);
        assertEquals(1_750 * MS, auto.targetMicros());
        for (int i = 1; i <= 10; i++) {
            auto.playing((23 + 20L * i) * SECOND);
        }
        assertEquals(1_000 * MS, auto.targetMicros(), "never below the minimum");
    }

    @Test
    void onlyAutoTakesCacheLimitsAndTheyMustMakeSense() {
        assertThrows(IllegalArgumentException.class,
                () -> new DelayPolicy(DelayMode.SPEEDY, Duration.ofSeconds(1), Duration.ofSeconds(3)));
        assertThrows(IllegalArgumentException.class,
                () -> DelayPolicy.auto(Duration.ofSeconds(3), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class,
                () -> DelayPolicy.auto(Duration.ofMillis(50), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class,
                () -> DelayPolicy.auto(Duration.ofSeconds(1), Duration.ofSeconds(31)));
        assertEquals(Duration.ofSeconds(5), DelayPolicy.of(DelayMode.AUTO).maxCache());
    }
}
