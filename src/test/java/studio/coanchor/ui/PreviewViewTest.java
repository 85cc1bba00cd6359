package studio.coanchor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;

@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {
    private final LatestFrameSlot<PreviewImage> slot = new LatestFrameSlot<>();
    private PreviewView preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewView(slot);
        stage.setScene(new Scene(new StackPane(preview), 400, 300));
        stage.show();
    }

    @Test
    void eachFrameIsShownOnceThroughOneBufferPerSize() throws Exception {
        slot.publish(filled(320, 180, 0xFF336699));
        waitForFramesShown(1);
        Image first = onFx(preview::image);
        assertEquals(320, first.getWidth());
        assertEquals(0xFF336699, onFx(() -> first.getPixelReader().getArgb(10, 10)));

        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(1, preview.framesShownProperty().get(), "a frame already on screen is not copied again");

        slot.publish(filled(320, 180, 0xFFAA5500));
        waitForFramesShown(2);
        assertSame(first, onFx(preview::image), "same size, same buffer");
        assertEquals(0xFFAA5500, onFx(() -> first.getPixelReader().getArgb(300, 170)));

        slot.publish(filled(640, 360, 0xFF00CC66));
        waitForFramesShown(3);
        Image larger = onFx(preview::image);
        assertNotSame(first, larger);
        assertEquals(640, larger.getWidth());
        assertEquals(0xFF00CC66, onFx(() -> larger.getPixelReader().getArgb(639, 359)));
    }

    private static PreviewImage filled(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return new PreviewImage(width, height, IntBuffer.wrap(pixels), 0);
    }

    private void waitForFramesShown(long count) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preview.framesShownProperty().get() == count);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
