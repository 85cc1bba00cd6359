package studio.coanchor.mix;

/**
 * The rules every layout obeys, each with the words that name it in messages and the code Tencent's mixer answers
 * when a request breaks it, so that a self-hosted mixer can answer as Tencent does.
 */
public enum LayoutRule {
    STREAM_ID("a stream ID is 1 to 64 letters, digits, '_' or '-'", -4),
    SIZE("widths and heights are 1 to " + PictureSize.MAX_SIDE + " pixels", -4),
    INPUT_TYPE("layer 1 gives the picture and only layer 1 may be a canvas; only a canvas has a colour", -4),
    INPUT_COUNT("the classic scheme mixes at most 1 + 3 inputs, the extended scheme at most 16", -3),
    UNIQUE_LAYERS("each box has its own layer", -11),
    LAYERS_IN_TURN("layer 1 is the primary, then secondaries take layers 2, 3, 4 in turn"
            + " (any of 2 to 16 in the extended scheme)", -11),
    PRIMARY_FILLS_PICTURE("layer 1 is the primary and fills the whole picture", -11),
    EXISTING_BOX("an edit names a layer that has a box", -11),
    INSIDE_PICTURE("every box lies wholly inside the primary picture", -2),
    CROP("a crop lies inside its input: offsets not negative, sizes positive", -29);

    private final String words;
    private final int tencentCode;

    LayoutRule(String words, int tencentCode) {
        this.words = words;
        this.tencentCode = tencentCode;
    }

    /** The rule in words, as messages name it. */
    public String words() {
        return words;
    }

    /** The {@code code} Tencent's Mix_StreamV2 answers for a request that breaks this rule. */
    public int tencentCode() {
        return tencentCode;
    }
}
