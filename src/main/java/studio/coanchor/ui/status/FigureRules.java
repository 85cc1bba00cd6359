package studio.coanchor.ui.status;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import studio.coanchor.media.PushStatus;

/**
 * Turns a push's figures into what the status bar shows, coloured by thresholds in the spirit of OBS: FPS is a
 * warning under 95% of the target and in danger under 80%; dropped frames are a warning above 1% and in danger above
 * 5%. The queue follows SPEC §1, where 10 packets waiting is congestion: a warning from half that. Send speed is
 * judged only while packets wait (when nothing waits, everything encoded has left): a warning under 90% of the
 * encoded bitrate, in danger under 75%. CPU is a warning from 80% of the machine and in danger from 95%.
 */
public final class FigureRules {
    static final int QUEUE_DANGER = 10;
    static final int QUEUE_WARNING = QUEUE_DANGER / 2;

    private FigureRules() {
    }

    /**
     * @param targetFps     the rate the quality preset asks for
     * @param framesEncoded video frames encoded since going live; the dropped ones are among them
     */
    public static Map<FigureKind, Figure> read(PushStatus status, int targetFps, long framesEncoded) {
        Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
        figures.put(FigureKind.CPU, new Figure("CPU " + status.cpuProcess() + "% / " + status.cpuSystem() + "%",
                atLeast(status.cpuSystem(), 80, 95)));
        figures.put(FigureKind.FPS, new Figure("FPS " + status.fps() + " / " + targetFps, fps(status.fps(), targetFps)));
        figures.put(FigureKind.SPD, new Figure("SPD " + status.sendKbps() + " kbps", sendSpeed(status)));
        figures.put(FigureKind.BITRATE, Figure.normal("VRA " + status.videoKbps() + " / ARA " + status.audioKbps()
                + " kbps"));
        figures.put(FigureKind.QUE, new Figure("QUE " + status.queue(),
                atLeast(status.queue(), QUEUE_WARNING, QUEUE_DANGER)));
        double dropShare = 100.0 * status.dropped() / Math.max(1, Math.max(framesEncoded, status.dropped()));
        figures.put(FigureKind.DRP, new Figure(String.format(Locale.ROOT, "DRP %d (%.1f%%)", status.dropped(),
                dropShare), dropShare > 5 ? FigureLevel.DANGER : dropShare > 1 ? FigureLevel.WARNING
                : FigureLevel.NORMAL));
        boolean connected = !"-".equals(status.serverIp());
        figures.put(FigureKind.SERVER, new Figure(connected ? status.serverIp() : "not connected",
                connected ? FigureLevel.NORMAL : FigureLevel.WARNING));
        return figures;
    }

    /** What the bar shows while nothing is pushed. */
    public static Map<FigureKind, Figure> offline() {
        Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
        figures.put(FigureKind.CPU, Figure.normal("CPU –"));
        figures.put(FigureKind.FPS, Figure.normal("FPS –"));
        figures.put(FigureKind.SPD, Figure.normal("SPD –"));
        figures.put(FigureKind.BITRATE, Figure.normal("VRA – / ARA –"));
        figures.put(FigureKind.QUE, Figure.normal("QUE –"));
        figures.put(FigureKind.DRP, Figure.normal("DRP –"));
        figures.put(FigureKind.SERVER, Figure.normal("offline"));
        return figures;
    }

    static FigureLevel fps(int fps, int target) {
        if (target <= 0 || fps * 100 >= target * 95) {
            return FigureLevel.NORMAL;
        }
        return fps * 100 >= target * 80 ? FigureLevel.WARNING : FigureLevel.DANGER;
    }

    private static FigureLevel sendSpeed(PushStatus status) {
        int encoded = status.videoKbps() + status.audioKbps();
        if (status.queue() == 0 || encoded == 0 || status.sendKbps() * 100 >= encoded * 90) {
            return FigureLevel.NORMAL;
        }
        return status.sendKbps() * 100 >= encoded * 75 ? FigureLevel.WARNING : FigureLevel.DANGER;
    }

    private static FigureLevel atLeast(long value, long warning, long danger) {
        return value >= danger ? FigureLevel.DANGER : value >= warning ? FigureLevel.WARNING : FigureLevel.NORMAL;
    }
}
