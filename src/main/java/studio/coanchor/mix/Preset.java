package studio.coanchor.mix;

import java.util.List;

/** A way to lay out a mix, given the primary picture's size and the streams: the first is the primary anchor's. */
public sealed interface Preset permits StandardPreset, SavedLayout {

    /** The name the user picks the preset by. */
    String label();

    /**
     * The layout for these streams, checked against every rule.
     *
     * @param primary   the primary stream's picture size
     * @param streamIds the primary anchor's stream first, then the co-anchors'
     */
    Layout arrange(PictureSize primary, List<String> streamIds, MixScheme scheme);

    /** Fails unless {@code streamIds} holds {@code min} to {@code max} streams, saying what this preset holds. */
    static void requireStreams(List<String> streamIds, int min, int max, String holds) {
        if (streamIds.size() < min || streamIds.size() > max) {
            throw new LayoutException(LayoutRule.INPUT_COUNT, holds + ": give " + (min == max ? min : min + " to " + max)
                    + " stream IDs, the primary anchor's first, not " + streamIds.size());
        }
    }
}
