package studio.coanchor.push;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RecordingSurvivesKillTest {

    @Test
    @Timeout(60)
    void theRecordingPlaysAfterTheProcessIsKilled(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("show.flv");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            assertTrue(LivePush.waitFor(() -> Files.exists(file) && size(file) > 100_000, Duration.ofSeconds(30)),
                    "the child records");
            Thread.sleep(1_500);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        int video = 0;
        int audio = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            for (Frame frame = grabber.grab(); frame != null; frame = grabber.grab()) {
                if (frame.image != null) {
                    video++;
                } else if (frame.samples != null) {
                    audio++;
                }
            }
        }
        assertTrue(video >= 20, "decodable video frames after SIGKILL: " + video);
        assertTrue(audio >= 20, "decodable audio frames after SIGKILL: " + audio);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
