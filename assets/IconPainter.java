import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the CoAnchor Studio mark, two overlapping screens, at every size the packages need.
 * Run from the repository root: {@code java assets/IconPainter.java assets}
 */
public final class IconPainter {
    private static final int[] SIZES = {512, 256, 64, 32};
    private static final Color BACK_SCREEN = new Color(0x5B7CFA);
    private static final Color FRONT_SCREEN = new Color(0xFF6B5A);

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        for (int size : SIZES) {
            ImageIO.write(paint(size), "png", folder.resolve("coanchor-" + size + ".png").toFile());
        }
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
}
