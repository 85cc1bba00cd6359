package studio.coanchor.ui;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;

/**
 * Shows the newest picture from a {@link LatestFrameSlot}, scaled to fit with its aspect ratio kept. Each new
 * frame is copied once, into a single {@link PixelBuffer} that the screen image shares; the buffer is replaced only
 * when the picture size changes. Polls the slot once per screen pulse while it is in a scene.
 */
public final class PreviewView extends Region {
    private final LatestFrameSlot<PreviewImage> slot;
    private final ImageView imageView = new ImageView();
    private final Label waiting = new Label("Waiting for video");
    private final ReadOnlyLongWrapper framesShown = new ReadOnlyLongWrapper(this, "framesShown");
    private final BooleanProperty mirrored = new SimpleBooleanProperty(this, "mirrored");
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            showLatest();
        }
    };

    private PixelBuffer<IntBuffer> pixelBuffer;
    /** The frame on screen; held so its pixels stay valid until a newer frame replaces it. */
    private PreviewImage shown;

    public PreviewView(LatestFrameSlot<PreviewImage> slot) {
        this.slot = slot;
        getStyleClass().add("preview");
        setPrefSize(640, 360);
        setMinSize(160, 90);
        waiting.getStyleClass().add("preview-waiting");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        imageView.scaleXProperty().bind(mirrored.map(mirror -> mirror ? -1.0 : 1.0));
        getChildren().addAll(imageView, waiting);
        sceneProperty().addListener((property, before, scene) -> {
            if (scene == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
    }

    public ReadOnlyLongProperty framesShownProperty() {
        return framesShown.getReadOnlyProperty();
    }

    public BooleanProperty mirroredProperty() {
        return mirrored;
    }

    /** The image on screen, backed by the pixel buffer; null until the first frame. */
    public Image image() {
        return imageView.getImage();
    }

    private void showLatest() {
        PreviewImage frame = slot.peek();
        if (frame == null || frame == shown) {
            return;
        }
        if (pixelBuffer == null || pixelBuffer.getWidth() != frame.width()
                || pixelBuffer.getHeight() != frame.height()) {
            pixelBuffer = createBuffer(frame.width(), frame.height());
            imageView.setImage(new WritableImage(pixelBuffer));
        }
        int pixelCount = frame.width() * frame.height();
        pixelBuffer.updateBuffer(buffer -> {
            IntBuffer target = buffer.getBuffer();
            IntBuffer source = frame.pixels().duplicate();
            source.clear().limit(pixelCount);
            target.clear();
            target.put(source);
            target.rewind();
            return null;
        });
        shown = frame;
        framesShown.set(framesShown.get() + 1);
        waiting.setVisible(false);
    }

    private static PixelBuffer<IntBuffer> createBuffer(int width, int height) {
        IntBuffer storage = ByteBuffer.allocateDirect(width * height * Integer.BYTES)
                .order(ByteOrder.nativeOrder())
                .asIntBuffer();
        return new PixelBuffer<>(width, height, storage, PixelFormat.getIntArgbPreInstance());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        imageView.setFitWidth(width);
        imageView.setFitHeight(height);
        layoutInArea(imageView, snappedLeftInset(), snappedTopInset(), width, height, 0, HPos.CENTER, VPos.CENTER);
        layoutInArea(waiting, snappedLeftInset(), snappedTopInset(), width, height, 0, HPos.CENTER, VPos.CENTER);
    }
}
