package studio.coanchor.encode;

import studio.coanchor.media.PixelFormat;

/** The H.264 encoder a user can ask for; AUTO takes the first that opens, hardware first. */
public enum EncoderChoice {
    AUTO(null, false),
    X264("libx264", false),
    OPENH264("libopenh264", false),
    NVENC("h264_nvenc", true),
    QSV("h264_qsv", true),
    MF("h264_mf", true),
    VIDEOTOOLBOX("h264_videotoolbox", true);

    private final String ffmpegName;
    private final boolean hardware;

    EncoderChoice(String ffmpegName, boolean hardware) {
        this.ffmpegName = ffmpegName;
        this.hardware = hardware;
    }

    /** The command-line spelling (AUTO, X264, NVENC, ...), case-insensitively. */
    public static EncoderChoice parse(String text) {
        return EnumNames.parse(EncoderChoice.class, "encoder", text);
    }

    /** FFmpeg's name for this encoder; null for AUTO. */
    public String ffmpegName() {
        return ffmpegName;
    }

    public boolean isHardware() {
        return hardware;
    }

    /** The pixel format this encoder takes; frames in any other format are converted. */
    public PixelFormat inputFormat() {
        return this == QSV || this == MF ? PixelFormat.NV12 : PixelFormat.YUV420P;
    }
}
