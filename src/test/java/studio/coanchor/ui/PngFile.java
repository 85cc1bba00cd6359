package studio.coanchor.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import studio.coanchor.media.PreviewImage;

/** Writes pictures the tests see to PNG files, to keep and to look at. */
final class PngFile {
    private PngFile() {
    }

    static void write(PreviewImage frame, Path file) throws IOException {
        int[] pixels = new int[frame.width() * frame.height()];
        frame.pixels().duplicate().clear().get(pixels);
        write(pixels, frame.width(), frame.height(), file);
    }

    static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        write(pixels, width, height, file);
    }

    private static void write(int[] argb, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
