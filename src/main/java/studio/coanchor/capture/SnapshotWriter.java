package studio.coanchor.capture;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import studio.coanchor.media.PreviewImage;

/** Saves a preview picture as a PNG file. */
public final class SnapshotWriter {
    private SnapshotWriter() {
    }

    public static void writePng(PreviewImage image, Path file) throws IOException {
        BufferedImage picture = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        image.pixels().duplicate().position(0).get(pixels, 0, image.width() * image.height());
        picture.coerceData(false);
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("no PNG writer is available to write " + file);
        }
    }
}
