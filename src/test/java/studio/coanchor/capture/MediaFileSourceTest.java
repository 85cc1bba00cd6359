package studio.coanchor.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.coanchor.media.AudioFormat;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaException;
import studio.coanchor.media.PixelFormat;

class MediaFileSourceTest {
    @TempDir
    static Path dir;
    static Path clip;

    /** A 2 s H.264/AAC clip at 25 fps with 44.1 kHz mono sound, so the source must resample it. */
    @BeforeAll
    static void recordClip() throws Exception {
        clip = dir.resolve("clip.mp4");
        try (FFmpegFrameGrabber generator = new FFmpegFrameGrabber(
                "testsrc2=size=320x240:rate=25:duration=2[out0];sine=frequency=1000:sample_rate=44100:duration=2[out1]");
             FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(clip.toFile(), 320, 240, 1)) {
            generator.setFormat("lavfi");
            generator.start();
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx264");
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(25);
            recorder.setVideoOption("preset", "ultrafast");
            recorder.setAudioCodecName("aac");
            recorder.setSampleRate(44100);
            recorder.start();
            Frame frame;
            while ((frame = generator.grab()) != null) {
                recorder.record(frame);
            }
        }
    }

    @Test
    void loopsForeverWithRisingTimestamps() throws Exception {
        MediaFileSource source = new MediaFileSource(clip, true, false);
        CollectingSink sink = new CollectingSink();
        source.start(sink, sink);
        Thread.sleep(2_800);
        source.stop();

        List<CollectingSink.VideoFacts> video = sink.video();
        assertTrue(video.size() >= 62, "2.8 s at 25 fps across the loop, got " + video.size());
        for (int i = 1; i < video.size(); i++) {
            assertTrue(video.get(i).ptsMicros() > video.get(i - 1).ptsMicros(), "video pts rise at frame " + i);
        }
        CollectingSink.VideoFacts first = video.get(0);
        assertEquals(320, first.width());
        assertEquals(PixelFormat.YUV420P, first.format());
        assertEquals("capture-file", first.thread());
        long span = video.get(video.size() - 1).ptsMicros() - first.ptsMicros();
        assertTrue(span > 2_300_000, "timestamps run past the end of the 2 s file, span " + span);

        List<AudioFrame> audio = sink.audio();
        for (int i = 1; i < audio.size(); i++) {
            assertTrue(audio.get(i).ptsMicros() > audio.get(i - 1).ptsMicros(), "audio pts rise at chunk " + i);
        }
        long samples = audio.stream().mapToLong(AudioFrame::sampleCount).sum();
        assertEquals(2.8 * AudioFormat.SAMPLE_RATE, samples, 0.3 * AudioFormat.SAMPLE_RATE, "resampled to 48 kHz");
        assertTrue(CollectingSink.captureThreads().isEmpty(), "left " + CollectingSink.captureThreads());
    }

    @Test
    void fileWithoutSoundAskedIsPictureOnly() throws Exception {
        MediaFileSource source = new MediaFileSource(clip, false, true);
        CollectingSink sink = new CollectingSink();
        source.start(sink, sink);
        Thread.sleep(300);
        source.stop();
        assertTrue(sink.video().size() >= 4);
        assertTrue(sink.audio().isEmpty());
        assertEquals(sink.video().get(0).captureMillis(), sink.video().get(0).barcode().orElseThrow());
        assertEquals(EventCode.PUSH_EVT_FIRST_FRAME_AVAILABLE, sink.events().get(0).code());
    }

    @Test
    void textFileIsNotMedia() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "These are notes, not a video.\n".repeat(20));
        MediaFileSource source = new MediaFileSource(text, true, false);
        CollectingSink sink = new CollectingSink();
        MediaException e = assertThrows(MediaException.class, () -> source.start(sink, sink));
        assertEquals(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, e.code());
        assertTrue(e.getMessage().contains(text + " is a text file"), e.getMessage());
        assertTrue(CollectingSink.captureThreads().isEmpty(), "left " + CollectingSink.captureThreads());
    }

    @Test
    void garbageIsNotMediaAndSaysWhatFfmpegFound() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(3).nextBytes(garbage);
        Path file = Files.write(dir.resolve("broken.mp4"), garbage);
        MediaFileSource source = new MediaFileSource(file, true, false);
        CollectingSink sink = new CollectingSink();
        MediaException e = assertThrows(MediaException.class, () -> source.start(sink, sink));
        assertEquals(EventCode.PUSH_ERR_OPEN_CAMERA_FAIL, e.code());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid data found when processing input"), e.getMessage());
    }
}
