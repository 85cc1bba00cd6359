package studio.coanchor.app;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import studio.coanchor.capture.PreviewTap;
import studio.coanchor.compose.LatestInputs;
import studio.coanchor.compose.LiveComposition;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.GrabbedFrames;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutLibrary;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.testkit.CoanchorBackend;
import studio.coanchor.ui.layout.Guide;
import studio.coanchor.ui.layout.LayoutCanvas;
import studio.coanchor.ui.layout.LayoutEditorView;
import studio.coanchor.ui.layout.LayoutEditorViewModel;

/**
 * Takes the layout editor's screenshot from a real run: alice logged in to the real backend with bob and carol
 * linked, their boxes placed and the mix applied, bob's box held against carol's with the snap guides showing, and
 * live pictures in every box. Not part of the suite; one command writes the picture:
 * <pre>./mvnw -q test -Dtest=LayoutEditorScreenshot -Dscreenshot=docs/screenshot-layout.png</pre>
 * The canvas shows the compositor's live output of a generated picture per stream ({@link LiveComposite}).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutEditorScreenshot {
    private static final PictureSize PICTURE = new PictureSize(960, 540);
    private static final Map<String, String> PICTURES = Map.of(
            "alice", "testsrc2", "bob", "testsrc", "carol", "mandelbrot");
    private static final int FPS = 15;

    @TempDir
    Path folder;

    private final LatestFrameSlot<PreviewImage> composite = new LatestFrameSlot<>();
    private CoanchorBackend backend;
    private LinkedRoom room;
    private LayoutEditorViewModel model;
    private LayoutEditorView view;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        backend = CoanchorBackend.start("rtmp://127.0.0.1:1935", Duration.ofSeconds(1));
        room = LinkedRoom.link(backend, "alice", "bob", "carol");
        model = new LayoutEditorViewModel("alice", PICTURE, new LayoutLibrary(folder), Clock.systemUTC());
        model.streams().setAll("alice", "bob", "carol");
        model.targetProperty().set(BackendMixTarget.of(backend.login("alice")));
        view = new LayoutEditorView(model, composite);
        scene = view.createScene(1280, 720);
        stage.setTitle("Layout editor");
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        model.close();
        room.close();
        backend.close();
    }

    @Test
    void editorWithLiveBoxes(FxRobot robot) throws Exception {
        onFx(() -> {
            model.addBox("bob");
            model.addBox("carol");
            model.select(2);
            model.nudge(-27, 0);
            return null;
        });
        Layout layout = onFx(() -> model.layoutProperty().get());
        Box bob = layout.boxOn(2);
        assertEquals(layout.boxOn(3).right(), bob.x(), "bob's box touches carol's");

        try (LiveComposite feed = new LiveComposite(layout, model.liveLayout(), composite)) {
            robot.clickOn("#apply-mix");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> onFx(() -> model.noticeProperty().get().text()).startsWith("Mix applied"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> view.canvas().picture().framesShownProperty().get() > FPS);

            robot.moveTo(onPicture(bob.x() + 60, bob.y() + 60)).press(MouseButton.PRIMARY)
                    .moveTo(onPicture(bob.x() + 63, bob.y() + 61));
            assertEquals(bob, onFx(() -> model.layoutProperty().get()).boxOn(2), "held where it snapped");
            assertTrue(onFx(() -> model.guides().contains(Guide.vertical(bob.x()))));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

            PngFile.write(onFx(() -> scene.snapshot(null)),
                    Path.of(System.getProperty("screenshot", "target/screenshots/layout.png")));
            robot.release(MouseButton.PRIMARY);
        }
    }

    private Point2D onPicture(double x, double y) throws Exception {
        LayoutCanvas canvas = view.canvas();
        return onFx(() -> canvas.localToScreen(canvas.toCanvasX(x), canvas.toCanvasY(y)));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    /**
     * The compositor at work on the editor's live layout: each stream a generated lavfi picture at its box's size,
     * grabbed in real time on its own {@code screenshot-<stream>} thread into the composition's inputs.
     */
    private static final class LiveComposite implements AutoCloseable {
        private final LatestInputs inputs = new LatestInputs();
        private final List<FFmpegFrameGrabber> grabbers = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private final PreviewTap tap;
        private final LiveComposition composition;
        private volatile boolean running = true;

        LiveComposite(Layout layout, Supplier<Layout> live, LatestFrameSlot<PreviewImage> slot)
                throws FrameGrabber.Exception {
            for (Box box : layout.boxes()) {
                FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(PICTURES.get(box.streamId()) + "=size="
                        + box.width() + "x" + box.height() + ":rate=" + FPS);
                grabber.setFormat("lavfi");
                grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
                grabber.start();
                grabbers.add(grabber);
                Thread thread = new Thread(() -> feed(grabber, inputs.sink(box.streamId())),
                        "screenshot-" + box.streamId());
                threads.add(thread);
                thread.start();
            }
            tap = new PreviewTap(layout.picture().width(), slot);
            composition = new LiveComposition("screenshot", FPS, live, inputs, tap);
            composition.start();
        }

        private void feed(FFmpegFrameGrabber grabber, FrameSink sink) {
            GrabbedFrames frames = new GrabbedFrames();
            long start = System.nanoTime();
            try {
                for (long shown = 0; running; shown++) {
                    Frame frame = grabber.grabImage();
                    if (frame == null) {
                        return;
                    }
                    long due = start + shown * 1_000_000_000L / FPS;
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                    sink.onVideo(frames.video(frame, shown * 1_000_000L / FPS, 0));
                }
            } catch (FrameGrabber.Exception e) {
                throw new IllegalStateException("a generated picture stopped", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws Exception {
            running = false;
            for (Thread thread : threads) {
                thread.join(5_000);
            }
            composition.stop();
            tap.close();
            for (FFmpegFrameGrabber grabber : grabbers) {
                grabber.release();
            }
        }
    }
}
