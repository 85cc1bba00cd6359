package studio.coanchor.mix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The layouts the studio ships, after Tencent's own co-anchor and PK demos. */
public enum StandardPreset implements Preset {
    /**
     * Tencent's co-anchor column: the co-anchors' 160x240 boxes right-aligned, stacked upward from 90 px above the
     * bottom. Below 540x960 Tencent's demo uses 120x180 boxes 60 px above the bottom, stacked one box height apart.
     */
    COLUMN {
        @Override
        public Layout arrange(PictureSize primary, List<String> streamIds, MixScheme scheme) {
            Preset.requireStreams(streamIds, 1, 4, "the co-anchor column holds the primary and up to 3 co-anchors");
            boolean small = primary.width() < 540 || primary.height() < 960;
            int width = small ? 120 : 160;
            int height = small ? 180 : 240;
            int bottomMargin = small ? 60 : 90;
            List<Box> boxes = new ArrayList<>(List.of(Box.primary(streamIds.get(0), primary)));
            for (int i = 1; i < streamIds.size(); i++) {
                int y = primary.height() - height - bottomMargin - (i - 1) * height;
                boxes.add(Box.of(streamIds.get(i), i + 1, primary.width() - width, y, width, height));
            }
            return new Layout(primary, scheme, boxes);
        }
    },
    /**
     * Anchor competition: a 720x640 canvas with the two anchors 360x640 side by side, whatever the primary's size.
     * As in Tencent's demo the canvas takes the primary anchor's stream ID.
     */
    PK {
        @Override
        public Layout arrange(PictureSize primary, List<String> streamIds, MixScheme scheme) {
            Preset.requireStreams(streamIds, 2, 2, "PK puts two anchors side by side");
            PictureSize canvas = new PictureSize(720, 640);
            return new Layout(canvas, scheme, List.of(
                    Box.canvas(streamIds.get(0), canvas, Optional.empty()),
                    Box.of(streamIds.get(0), 2, 0, 0, 360, 640),
                    Box.of(streamIds.get(1), 3, 360, 0, 360, 640)));
        }
    },
    /**
     * Up to four anchors in the quarters of a canvas of the primary's size, in reading order. Four anchors and the
     * canvas are five inputs, which only the extended scheme mixes.
     */
    GRID {
        @Override
        public Layout arrange(PictureSize primary, List<String> streamIds, MixScheme scheme) {
            Preset.requireStreams(streamIds, 1, 4, "the 2x2 grid holds up to 4 anchors");
            int width = primary.width() / 2;
            int height = primary.height() / 2;
            List<Box> boxes = new ArrayList<>(List.of(Box.canvas(streamIds.get(0), primary, Optional.empty())));
            for (int i = 0; i < streamIds.size(); i++) {
                boxes.add(Box.of(streamIds.get(i), i + 2, (i % 2) * width, (i / 2) * height, width, height));
            }
            return new Layout(primary, scheme, boxes);
        }
    },
    /** One co-anchor in a quarter-size box in the bottom right corner, a twentieth of the short side from the edges. */
    PIP {
        @Override
        public Layout arrange(PictureSize primary, List<String> streamIds, MixScheme scheme) {
            Preset.requireStreams(streamIds, 2, 2, "the corner picture-in-picture holds the primary and one co-anchor");
            int width = primary.width() / 4;
            int height = primary.height() / 4;
            int margin = Math.min(primary.width(), primary.height()) / 20;
            return new Layout(primary, scheme, List.of(
                    Box.primary(streamIds.get(0), primary),
                    Box.of(streamIds.get(1), 2, primary.width() - width - margin,
                            primary.height() - height - margin, width, height)));
        }
    };

    /** {@code column}, {@code pk}, {@code grid}, {@code pip}. */
    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StandardPreset ofLabel(String label) {
        return Arrays.stream(values()).filter(preset -> preset.label().equals(label.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not a preset: use "
                        + Arrays.stream(values()).map(StandardPreset::label).collect(Collectors.joining(", "))));
    }
}
