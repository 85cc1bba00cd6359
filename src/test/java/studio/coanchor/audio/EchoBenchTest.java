package studio.coanchor.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The echo bench's conversation through WebRTC's processing: loose bounds on what the bench reports. */
class EchoBenchTest {
    private static EchoBench bench;

    @BeforeAll
    static void conversation() {
        bench = new EchoBench(new EchoPath(60, 10));
    }

    @Test
    void withoutProcessingTheEchoStaysAndTheNearEndIsUntouched() {
        EchoFigures off = bench.measure(VoiceSettings.OFF);

        assertEquals(0, off.erleDb(), 1, "nothing removes the echo");
        assertTrue(off.nearCorrelation() > 0.9, "the near end's voice is there as it was: " + off);
        assertTrue(off.doubleTalkCorrelation() < off.nearCorrelation(), "the echo blurs the double talk: " + off);
    }

    @Test
    void echoCancellationRemovesTheEchoAndKeepsTheNearEnd() {
        EchoFigures aec = bench.measure(new VoiceSettings(true, false, false));

        assertTrue(aec.erleDb() > 15, "echo reduced by more than 15 dB: " + aec);
        assertTrue(aec.nearCorrelation() > 0.85, "the near end's voice survives: " + aec);
        assertTrue(aec.doubleTalkCorrelation() > 0.7, "and survives talking over the far end: " + aec);
        assertTrue(aec.cpuMicrosPerFrame() > 0, "processor time was measured: " + aec);
    }

    @Test
    void noiseSuppressionAndGainControlRunWithIt() {
        EchoFigures all = bench.measure(VoiceSettings.ALL);

        assertTrue(all.erleDb() > 15, "echo reduced by more than 15 dB: " + all);
        assertTrue(all.nearCorrelation() > 0.6, "the near end's voice survives its changing gain: " + all);
    }

    @Test
    void theConversationIsTheOneDescribed() {
        assertEquals(8.7, bench.nearSeconds(), 0.01);
        assertEquals(3.0, bench.doubleTalkSeconds(), 0.01);
    }

    @Test
    void anEchoPathOutOfRangeIsRefusedWithTheRange() {
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> new EchoPath(900, 10));
        assertTrue(late.getMessage().contains("0 to 500 ms") && late.getMessage().contains("900"), late.getMessage());
        IllegalArgumentException loud = assertThrows(IllegalArgumentException.class, () -> new EchoPath(60, -3));
        assertTrue(loud.getMessage().contains("0 to 60 dB") && loud.getMessage().contains("-3"), loud.getMessage());
    }
}
