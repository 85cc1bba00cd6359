package studio.coanchor.compose;

import java.util.Optional;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Crop;

/** The part of an input picture a box shows: its crop, cut back to the picture it actually got. */
record Region(int x, int y, int width, int height) {

    /** The region of {@code picture} that {@code crop} selects (all of it without a crop); empty when none is left. */
    static Optional<Region> of(Optional<Crop> crop, VideoFrame picture) {
        if (crop.isEmpty()) {
            return Optional.of(new Region(0, 0, picture.width(), picture.height()));
        }
        Crop wanted = crop.get();
        int width = Math.min(wanted.width(), picture.width() - wanted.x());
        int height = Math.min(wanted.height(), picture.height() - wanted.y());
        return width > 0 && height > 0 ? Optional.of(new Region(wanted.x(), wanted.y(), width, height))
                : Optional.empty();
    }
}
