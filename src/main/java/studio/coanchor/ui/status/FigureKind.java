package studio.coanchor.ui.status;

/** The live figures of the status bar, with what each means (SPEC §1's STATUS fields). */
public enum FigureKind {
    CPU("CPU use in percent of all cores: this process / the whole machine"),
    FPS("Encoded frames per second / the quality preset's rate"),
    SPD("What actually left on the connection, kbit/s"),
    BITRATE("Video (VRA) and audio (ARA) bitrate the encoders produce, kbit/s"),
    QUE("Packets waiting to be sent"),
    DRP("Video frames dropped since going live, and their share of all frames"),
    SERVER("The server's address");

    private final String meaning;

    FigureKind(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
