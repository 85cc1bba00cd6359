import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the CoAnchor Studio mark, two overlapping screens, at every size the packages need: PNG files for the window
 * and Linux, {@code coanchor.ico} for Windows and {@code coanchor.icns} for macOS, each size rendered rather than
 * shrunk. Run from the repository root: {@code java assets/IconPainter.java assets}
 */
public final class IconPainter {
    private static final int[] PNG_SIZES = {512, 256, 64, 32};
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 256);
    private static final Color BACK_SCREEN = new Color(0x5B7CFA);
    private static final Color FRONT_SCREEN = new Color(0xFF6B5A);

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        for (int size : PNG_SIZES) {
            Files.write(folder.resolve("coanchor-" + size + ".png"), png(size));
        }
        Files.write(folder.resolve("coanchor.ico"), IcoFile.of(ICO_SIZES, IconPainter::png));
        Files.write(folder.resolve("coanchor.icns"), IcnsFile.of(IconPainter::png));
    }

    static byte[] png(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(paint(size), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Drawn on a 512-unit canvas scaled to {@code size}, so small sizes are rendered, not shrunk. */
    private static BufferedImage paint(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 512.0, size / 512.0);

        RoundRectangle2D back = new RoundRectangle2D.Double(40, 72, 300, 228, 56, 56);
        RoundRectangle2D front = new RoundRectangle2D.Double(172, 212, 300, 228, 56, 56);

        g.setColor(BACK_SCREEN);
        g.fill(back);

        // A transparent gap around the front screen keeps the two shapes apart on any background.
        g.setComposite(AlphaComposite.Clear);
        g.setStroke(new BasicStroke(36));
        g.draw(front);
        g.setComposite(AlphaComposite.SrcOver);

        g.setColor(FRONT_SCREEN);
        g.fill(front);

        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(286, 290, 72, 72));

        g.dispose();
        return image;
    }

    /** Renders one size as PNG bytes. */
    interface Renderer {
        byte[] png(int size);
    }
}

/**
 * A Windows icon: a little-endian directory of 16-byte entries followed by the images, each stored as PNG (which
 * Windows reads in icons since Vista). A width or height of 256 is written as 0.
 */
final class IcoFile {
    private static final int HEADER = 6;
    private static final int ENTRY = 16;

    private IcoFile() {
    }

    static byte[] of(List<Integer> sizes, IconPainter.Renderer renderer) {
        List<byte[]> images = sizes.stream().map(renderer::png).toList();
        int length = HEADER + ENTRY * sizes.size() + images.stream().mapToInt(image -> image.length).sum();
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = HEADER + ENTRY * sizes.size();
        for (int i = 0; i < sizes.size(); i++) {
            int side = sizes.get(i) >= 256 ? 0 : sizes.get(i);
            out.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }
}

/**
 * A macOS icon family: the big-endian {@code icns} header, then one element per type code, each a PNG of the size
 * that code stands for (the {@code ic11}-{@code ic14} codes are the Retina twins of 16, 32, 128 and 256 points).
 */
final class IcnsFile {
    private static final Map<String, Integer> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("icp4", 16);
        TYPES.put("icp5", 32);
        TYPES.put("ic11", 32);
        TYPES.put("icp6", 64);
        TYPES.put("ic12", 64);
        TYPES.put("ic07", 128);
        TYPES.put("ic08", 256);
        TYPES.put("ic13", 256);
        TYPES.put("ic09", 512);
        TYPES.put("ic14", 512);
        TYPES.put("ic10", 1024);
    }

    private IcnsFile() {
    }

    static byte[] of(IconPainter.Renderer renderer) {
        Map<Integer, byte[]> rendered = new LinkedHashMap<>();
        TYPES.values().forEach(size -> rendered.computeIfAbsent(size, renderer::png));
        int length = 8 + TYPES.values().stream().mapToInt(size -> 8 + rendered.get(size).length).sum();
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(length);
        TYPES.forEach((type, size) -> {
            byte[] image = rendered.get(size);
            out.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(8 + image.length).put(image);
        });
        return out.array();
    }
}
