package studio.coanchor.encode;

import studio.coanchor.media.VideoSettings;

/**
 * The video quality presets of SPEC §1 (Tencent's setVideoQuality equivalents), switchable while live.
 *
 * <p>Where SPEC gives a single bitrate the preset starts at it, uses it as the maximum and takes half of it as the
 * minimum: auto bitrate only ever lowers the rate under congestion and climbs back to the figure SPEC names.
 * SD keeps SPEC's own 400-800 range and starts at 800. GOP is two seconds except for the co-anchor presets (one
 * second), and those two also turn echo cancellation on. Audio is always {@link #AUDIO_BITRATE_KBPS} kbps AAC.
 */
public enum QualityPreset {
    SD("VIDEO_QUALITY_STANDARD_DEFINITION", 640, 360, 15, 400, 800, 2, false),
    HD("VIDEO_QUALITY_HIGH_DEFINITION", 960, 540, 15, 1200, 2, false),
    UHD("VIDEO_QUALITY_SUPER_DEFINITION", 1280, 720, 15, 1800, 2, false),
    /** Keeps the size and bitrates of the preset in use before; {@link #settings} assumes that was HD. */
    MAIN("VIDEO_QUALITY_LINKMIC_MAIN_PUBLISHER", 960, 540, 15, 1200, 1, true),
    SUB("VIDEO_QUALITY_LINKMIC_SUB_PUBLISHER", 480, 320, 15, 350, 1, true),
    /** Tencent names the game presets only in words (FAQ, "Game LVB"): SD, HD and UHD at 20 fps at least. */
    GAME_SD("GAME_LVB_SD", 640, 360, 20, 800, 2, false),
    GAME_HD("GAME_LVB_HD", 960, 540, 20, 1000, 2, false),
    GAME_UHD("GAME_LVB_UHD", 1280, 720, 20, 1800, 2, false);

    public static final int AUDIO_BITRATE_KBPS = 64;

    private static final int LINKMIC_FPS = 15;

    private final String tencentName;
    private final int landscapeWidth;
    private final int landscapeHeight;
    private final int fps;
    private final int minKbps;
    private final int maxKbps;
    private final int gopSeconds;
    private final boolean echoCancellation;

    QualityPreset(String tencentName, int landscapeWidth, int landscapeHeight, int fps, int kbps, int gopSeconds,
                  boolean echoCancellation) {
        this(tencentName, landscapeWidth, landscapeHeight, fps, kbps / 2, kbps, gopSeconds, echoCancellation);
    }

    QualityPreset(String tencentName, int landscapeWidth, int landscapeHeight, int fps, int minKbps, int maxKbps,
                  int gopSeconds, boolean echoCancellation) {
        this.tencentName = tencentName;
        this.landscapeWidth = landscapeWidth;
        this.landscapeHeight = landscapeHeight;
        this.fps = fps;
        this.minKbps = minKbps;
        this.maxKbps = maxKbps;
        this.gopSeconds = gopSeconds;
        this.echoCancellation = echoCancellation;
    }

    /** The preset named {@code text} as the command line spells it (SD, HD, ..., GAME_UHD), case-insensitively. */
    public static QualityPreset parse(String text) {
        return EnumNames.parse(QualityPreset.class, "quality preset", text);
    }

    /**
     * LINKMIC_MAIN_PUBLISHER on top of the settings the anchor pushed before the link: same size and bitrates,
     * 15 fps and a one-second GOP.
     */
    public static VideoSettings linkMicMain(VideoSettings before) {
        return new VideoSettings(before.width(), before.height(), LINKMIC_FPS, before.bitrateKbps(),
                before.minBitrateKbps(), before.maxBitrateKbps(), LINKMIC_FPS);
    }

    public VideoSettings settings(Orientation orientation) {
        if (this == MAIN) {
            return linkMicMain(HD.settings(orientation));
        }
        return new VideoSettings(orientation.width(landscapeWidth, landscapeHeight),
                orientation.height(landscapeWidth, landscapeHeight), fps, maxKbps, minKbps, maxKbps, gopSeconds * fps);
    }

    public boolean echoCancellation() {
        return echoCancellation;
    }

    /** The name Tencent's SDK or documentation gives this preset. */
    public String tencentName() {
        return tencentName;
    }
}
