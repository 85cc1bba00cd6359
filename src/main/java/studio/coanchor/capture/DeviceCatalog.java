package studio.coanchor.capture;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sound.sampled.Mixer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The cameras, microphones and screens on this machine. Every listing is empty, never an error, when none are. */
public final class DeviceCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceCatalog.class);
    private static final Pattern VIDEO_NODE = Pattern.compile("video(\\d+)");
    private static final Pattern DSHOW_VIDEO = Pattern.compile("\"(.+)\"\\s+\\(video\\)");
    private static final Pattern AVFOUNDATION_DEVICE = Pattern.compile("\\[(\\d+)] (.+)");

    private final HostOs os = HostOs.current();

    public List<Device> cameras() {
        try {
            return switch (os) {
                case LINUX -> v4l2Cameras();
                case WINDOWS -> dshowCameras();
                case MACOS -> avfoundationVideo(false);
            };
        } catch (RuntimeException e) {
            LOG.warn("Listing cameras failed", e);
            return List.of();
        }
    }

    public List<Device> microphones() {
        try {
            List<Device> microphones = new ArrayList<>();
            List<Mixer.Info> mixers = MicrophoneMixers.all();
            for (int i = 0; i < mixers.size(); i++) {
                Mixer.Info info = mixers.get(i);
                microphones.add(new Device(Integer.toString(i), info.getName() + " (" + info.getDescription() + ")",
                        DeviceKind.MICROPHONE));
            }
            return microphones;
        } catch (Exception e) {
            LOG.warn("Listing microphones failed: {}", e.getMessage());
            return List.of();
        }
    }

    public List<Device> screens() {
        try {
            if (os == HostOs.MACOS) {
                return avfoundationVideo(true);
            }
            if (os == HostOs.LINUX && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) {
                return List.of();
            }
            if (GraphicsEnvironment.isHeadless()) {
                return os == HostOs.LINUX
                        ? List.of(new Device("0", "X11 display " + System.getenv("DISPLAY"), DeviceKind.SCREEN))
                        : List.of();
            }
            List<Device> screens = new ArrayList<>();
            GraphicsDevice[] devices = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            for (int i = 0; i < devices.length; i++) {
                Rectangle bounds = devices[i].getDefaultConfiguration().getBounds();
                screens.add(new Device(bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height,
                        "Screen " + (i + 1) + " (" + bounds.width + "x" + bounds.height + ")", DeviceKind.SCREEN));
            }
            return screens;
        } catch (RuntimeException | Error e) {
            LOG.warn("Listing screens failed", e);
            return List.of();
        }
    }

    /** /dev/videoN nodes that capture pictures: sysfs index 0 (other indexes are metadata nodes of one camera). */
    private static List<Device> v4l2Cameras() {
        List<Device> cameras = new ArrayList<>();
        try (Stream<Path> nodes = Files.list(Path.of("/dev"))) {
            nodes.map(node -> VIDEO_NODE.matcher(node.getFileName().toString()))
                    .filter(Matcher::matches)
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a.group(1)), Integer.parseInt(b.group(1))))
                    .forEach(node -> {
                        Path sys = Path.of("/sys/class/video4linux", "video" + node.group(1));
                        if (!"1".equals(read(sys.resolve("index")))) {
                            String name = read(sys.resolve("name"));
                            cameras.add(new Device("/dev/video" + node.group(1),
                                    name != null ? name : "video" + node.group(1), DeviceKind.CAMERA));
                        }
                    });
        } catch (IOException e) {
            LOG.debug("Cannot list /dev", e);
        }
        return cameras;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Device> dshowCameras() {
        List<Device> cameras = new ArrayList<>();
        for (String line : DeviceListingLog.of("dshow", "dummy")) {
            Matcher matcher = DSHOW_VIDEO.matcher(line);
            if (matcher.find()) {
                cameras.add(new Device(matcher.group(1), matcher.group(1), DeviceKind.CAMERA));
            }
        }
        return cameras;
    }

    /** avfoundation's video devices: cameras first, then "Capture screen N" entries. */
    private static List<Device> avfoundationVideo(boolean screens) {
        List<Device> devices = new ArrayList<>();
        boolean inVideo = false;
        for (String line : DeviceListingLog.of("avfoundation", "")) {
            if (line.contains("video devices")) {
                inVideo = true;
            } else if (line.contains("audio devices")) {
                inVideo = false;
            } else if (inVideo) {
                Matcher matcher = AVFOUNDATION_DEVICE.matcher(line);
                if (matcher.find() && matcher.group(2).startsWith("Capture screen") == screens) {
                    devices.add(new Device(matcher.group(1), matcher.group(2),
                            screens ? DeviceKind.SCREEN : DeviceKind.CAMERA));
                }
            }
        }
        return devices;
    }
}
