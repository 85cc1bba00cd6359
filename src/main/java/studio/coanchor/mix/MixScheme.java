package studio.coanchor.mix;

/** How many inputs a layout may mix, which is also its highest layer, and how its layers are numbered. */
public enum MixScheme {
    /** Mix_StreamV2 as Tencent first documented it: the primary and up to 3 secondaries on layers 2, 3, 4 in turn. */
    CLASSIC(4, true),
    /** Tencent's newer API: up to 16 inputs on any distinct layers from 1 to 16. */
    EXTENDED(16, false);

    private final int maxInputs;
    private final boolean layersInTurn;

    MixScheme(int maxInputs, boolean layersInTurn) {
        this.maxInputs = maxInputs;
        this.layersInTurn = layersInTurn;
    }

    /** The most inputs a layout mixes, and its highest layer. */
    public int maxInputs() {
        return maxInputs;
    }

    /** Whether layers must run 1, 2, 3, ... without a gap. */
    public boolean layersInTurn() {
        return layersInTurn;
    }
}
