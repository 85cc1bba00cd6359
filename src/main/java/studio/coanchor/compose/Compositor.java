package studio.coanchor.compose;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.CanvasColor;
import studio.coanchor.mix.InputType;
import studio.coanchor.mix.Layout;

/**
 * Composes the mixed picture of a {@link Layout}: layer by layer from 1 up, each input's picture cropped as its box
 * says and scaled into the box, into one YUV 4:2:0 canvas of the layout's size. A canvas box is painted its colour
 * (black without one); a box whose input has no picture yet is black; a pure audio input draws nothing. Each box
 * keeps its swscale context between pictures. Use from one thread; frees its native memory on {@link #close()}.
 */
public final class Compositor implements AutoCloseable {
    private final Canvas canvas = new Canvas();
    private final Map<Integer, BoxScaler> scalers = new HashMap<>();

    /**
     * Composes one picture.
     *
     * @param pictures the latest picture of each input stream ID, or null for an input without one; each must stay
     *                 valid during the call
     * @return the composite, owned by this compositor and valid until the next call or {@link #close()}
     */
    public VideoFrame compose(Layout layout, Function<String, VideoFrame> pictures, long ptsMicros) {
        canvas.resize(layout.picture().width(), layout.picture().height());
        for (Box box : layout.boxes()) {
            if (box.inputType() == InputType.CANVAS) {
                paint(box, YuvColour.of(box.color().orElse(CanvasColor.BLACK)));
            } else if (box.inputType().hasInputPicture()) {
                VideoFrame picture = pictures.apply(box.streamId());
                Optional<Region> region = picture == null ? Optional.empty() : Region.of(box.crop(), picture);
                if (region.isEmpty() || !scaler(box.layer()).paint(picture, region.get(), box, canvas)) {
                    paint(box, YuvColour.BLACK);
                }
            }
        }
        forgetScalersOtherThan(layout);
        return canvas.view(ptsMicros, System.currentTimeMillis());
    }

    private void paint(Box box, YuvColour colour) {
        canvas.fill(box.x(), box.y(), box.width(), box.height(), colour);
    }

    private BoxScaler scaler(int layer) {
        return scalers.computeIfAbsent(layer, ignored -> new BoxScaler());
    }

    private void forgetScalersOtherThan(Layout layout) {
        Set<Integer> layers = layout.boxes().stream().map(Box::layer).collect(Collectors.toSet());
        Iterator<Map.Entry<Integer, BoxScaler>> entries = scalers.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Integer, BoxScaler> entry = entries.next();
            if (!layers.contains(entry.getKey())) {
                entry.getValue().close();
                entries.remove();
            }
        }
    }

    @Override
    public void close() {
        scalers.values().forEach(BoxScaler::close);
        scalers.clear();
        canvas.close();
    }
}
