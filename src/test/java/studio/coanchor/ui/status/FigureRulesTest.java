package studio.coanchor.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.coanchor.media.PushStatus;

class FigureRulesTest {

    @Test
    void framesPerSecondWarnUnder95AndAreInDangerUnder80PercentOfTheTarget() {
        assertEquals(FigureLevel.NORMAL, level(status(30, 0, 0, 0), 30, FigureKind.FPS));
        assertEquals(FigureLevel.NORMAL, level(status(29, 0, 0, 0), 30, FigureKind.FPS));
        assertEquals(FigureLevel.WARNING, level(status(28, 0, 0, 0), 30, FigureKind.FPS));
        assertEquals(FigureLevel.WARNING, level(status(24, 0, 0, 0), 30, FigureKind.FPS));
        assertEquals(FigureLevel.DANGER, level(status(23, 0, 0, 0), 30, FigureKind.FPS));
        assertEquals("FPS 14 / 15", FigureRules.read(status(14, 0, 0, 0), 15, 100).get(FigureKind.FPS).text());
    }

    @Test
    void droppedFramesWarnAbove1AndAreInDangerAbove5PercentOfThoseEncoded() {
        assertEquals(FigureLevel.NORMAL, FigureRules.read(status(15, 0, 0, 10), 15, 1000).get(FigureKind.DRP).level());
        Figure warning = FigureRules.read(status(15, 0, 0, 11), 15, 1000).get(FigureKind.DRP);
        assertEquals(FigureLevel.WARNING, warning.level());
        assertEquals("DRP 11 (1.1%)", warning.text());
        assertEquals(FigureLevel.WARNING, FigureRules.read(status(15, 0, 0, 50), 15, 1000).get(FigureKind.DRP).level());
        assertEquals(FigureLevel.DANGER, FigureRules.read(status(15, 0, 0, 51), 15, 1000).get(FigureKind.DRP).level());
    }

    @Test
    void theQueueIsCongestedAtTenAsSpecSaysAndWorthAGlanceFromFive() {
        assertEquals(FigureLevel.NORMAL, level(status(15, 4, 1264, 0), 15, FigureKind.QUE));
        assertEquals(FigureLevel.WARNING, level(status(15, 5, 1264, 0), 15, FigureKind.QUE));
        assertEquals(FigureLevel.DANGER, level(status(15, 10, 1264, 0), 15, FigureKind.QUE));
    }

    @Test
    void sendSpeedCountsOnlyWhilePacketsWait() {
        assertEquals(FigureLevel.NORMAL, level(status(15, 0, 600, 0), 15, FigureKind.SPD));
        assertEquals(FigureLevel.NORMAL, level(status(15, 3, 1200, 0), 15, FigureKind.SPD));
        assertEquals(FigureLevel.WARNING, level(status(15, 3, 1000, 0), 15, FigureKind.SPD));
        assertEquals(FigureLevel.DANGER, level(status(15, 3, 900, 0), 15, FigureKind.SPD));
    }

    @Test
    void aPushWithoutAServerSaysSo() {
        PushStatus reconnecting = new PushStatus(10, 20, 960, 540, 0, 0, 15, 64, 1200, 30, 0, "-");
        Map<FigureKind, Figure> figures = FigureRules.read(reconnecting, 15, 100);
        assertEquals(new Figure("not connected", FigureLevel.WARNING), figures.get(FigureKind.SERVER));
        assertEquals(new Figure("CPU 10% / 20%", FigureLevel.NORMAL), figures.get(FigureKind.CPU));
        assertEquals(FigureLevel.DANGER, figures.get(FigureKind.QUE).level());
    }

    /** 1200 kbit/s of video and 64 of audio, as the HD preset encodes. */
    private static PushStatus status(int fps, int queue, int sendKbps, long dropped) {
        return new PushStatus(5, 30, 960, 540, sendKbps, 3, fps, 64, 1200, queue, dropped, "127.0.0.1");
    }

    private static FigureLevel level(PushStatus status, int target, FigureKind kind) {
        return FigureRules.read(status, target, 1000).get(kind).level();
    }
}
