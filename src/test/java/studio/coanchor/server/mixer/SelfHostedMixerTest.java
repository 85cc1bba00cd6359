package studio.coanchor.server.mixer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.coanchor.server.mixer.MixerRig.GREEN;
import static studio.coanchor.server.mixer.MixerRig.NAVY;
import static studio.coanchor.server.mixer.MixerRig.RED;
import static studio.coanchor.server.mixer.MixerRig.WHITE;
import static studio.coanchor.server.mixer.MixerRig.YELLOW;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.VideoFrame;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.CanvasColor;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutFile;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.play.PlayState;
import studio.coanchor.tencent.TimeSignature;
import studio.coanchor.testkit.CapturedLog;
import studio.coanchor.testkit.PictureWatch;
import studio.coanchor.testkit.Yuv;

/**
 * The self-hosted mixer end to end through nginx-rtmp: solid-colour anchors pushed live, signed Mix_StreamV2 requests
 * over HTTP, and the mixed stream played back and decoded, its boxes checked pixel by pixel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class SelfHostedMixerTest {
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);
    private static final Duration FIRST_PICTURE = Duration.ofSeconds(15);
    /** Two H.264 generations (the anchor's push and the mix) blur solid colours this much at most. */
    private static final int CODING_TOLERANCE = 24;

    private MixerRig rig;

    @BeforeAll
    void start() throws Exception {
        rig = new MixerRig();
    }

    @AfterAll
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void fourColoursLandInTheirBoxesAMoveIsFollowedWithinTwoSecondsAndThePrimaryAloneEndsTheMix() throws Exception {
        Layout layout = Layout.of(PORTRAIT, Box.primary("alice", PORTRAIT), Box.of("bob", 2, 360, 680, 160, 240),
                Box.of("carol", 3, 360, 400, 160, 240), Box.of("dave", 4, 40, 80, 160, 240));
        long timestamp = Instant.now().getEpochSecond();

        JsonNode started = rig.mix(MixerRig.start("alice", "alice", layout, timestamp));

        assertEquals(0, started.get("code").asInt(), started.toString());
        assertEquals("Success!", started.get("message").asText());
        assertEquals(timestamp, started.get("timestamp").asLong());
        try (PictureWatch output = new PictureWatch(rig.output("alice"))) {
            assertTrue(output.await(picture -> showsAll(picture, layout, RED, GREEN, YELLOW), FIRST_PICTURE),
                    "the mix shows every box: " + describe(output.latest(), layout) + output.events());
            VideoFrame mixed = output.latest();
            assertEquals(540, mixed.width());
            assertEquals(960, mixed.height());
            assertColour(mixed, 100, 500, NAVY, "the primary around the boxes");
            assertBoxEdges(mixed, layout.boxOn(2), RED);
            assertBoxEdges(mixed, layout.boxOn(3), GREEN);
            assertBoxEdges(mixed, layout.boxOn(4), YELLOW);
            assertTrue(output.loudSamples() > 0, "the mix carries the anchors' sound");

            Layout moved = layout.replacing(4, box -> box.at(200, 120));
            assertEquals(0, rig.mix(MixerRig.start("alice", "alice", moved, timestamp)).get("code").asInt());
            long askedAt = System.nanoTime();
            assertTrue(output.await(picture -> showsAll(picture, moved, RED, GREEN, YELLOW)
                    && near(picture, 60, 100, NAVY), Duration.ofSeconds(5)), "the box moves: "
                    + describe(output.latest(), moved));
            long followedMillis = (System.nanoTime() - askedAt) / 1_000_000;
            assertTrue(followedMillis <= 2_000, "the output followed the move after " + followedMillis + " ms");
            assertBoxEdges(output.latest(), moved.boxOn(4), YELLOW);

            rig.pushes.get("dave").close();
            Thread.sleep(2_000);
            assertTrue(near(output.latest(), 280, 240, YELLOW), "a dropped input keeps its last picture");
            rig.repush("dave", WHITE, 320, 480);
            assertTrue(output.await(picture -> near(picture, 280, 240, WHITE), Duration.ofSeconds(15)),
                    "the input comes back when it is pushed again: " + describe(output.latest(), moved));

            JsonNode ended = rig.mix(MixerRig.end("alice", "alice", "alice", timestamp));
            assertEquals(0, ended.get("code").asInt(), ended.toString());
            assertTrue(awaitGone(output), "the mixed stream ends: " + output.events());
        }
        assertFalse(threadAlive("compose-alice"), "the session's composition thread is gone");
    }

    @Test
    void twoSessionsMixAtOnceAndEachKeepsItsOwnOutput() throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        Layout pip = Layout.of(PORTRAIT, Box.primary("alice", PORTRAIT), Box.of("carol", 2, 20, 20, 160, 240));
        PictureSize canvas = new PictureSize(720, 640);
        Layout pk = new Layout(canvas, MixScheme.CLASSIC, List.of(
                Box.canvas("bob", canvas, Optional.of(new CanvasColor(WHITE))), Box.of("alice", 2, 0, 0, 360, 640),
                Box.of("bob", 3, 360, 0, 300, 640)));

        assertEquals(0, rig.mix(MixerRig.start("alice", "alice", pip, timestamp)).get("code").asInt());
        assertEquals(0, rig.mix(MixerRig.start("bob", "bob", pk, timestamp)).get("code").asInt());
        try (PictureWatch first = new PictureWatch(rig.output("alice"));
             PictureWatch second = new PictureWatch(rig.output("bob"))) {
            assertTrue(first.await(picture -> near(picture, 100, 140, GREEN) && near(picture, 300, 600, NAVY),
                    FIRST_PICTURE), "the first mix: " + describe(first.latest(), pip));
            assertTrue(second.await(picture -> picture.width() == 720 && near(picture, 180, 320, NAVY)
                    && near(picture, 510, 320, RED) && near(picture, 690, 320, WHITE), FIRST_PICTURE),
                    "the PK mix on its white canvas: " + describe(second.latest(), pk));

            JsonNode otherOutput = rig.mix(MixerRig.start("alice", "elsewhere", pip, timestamp));
            assertEquals(-508, otherOutput.get("code").asInt(), otherOutput.toString());
            JsonNode takenOutput = rig.mix(MixerRig.start("carol", "bob", pip, timestamp));
            assertEquals(-300, takenOutput.get("code").asInt(), takenOutput.toString());
            assertTrue(near(first.latest(), 100, 140, GREEN), "a refused request leaves the mix as it was");

            assertEquals(0, rig.mix(MixerRig.cancel("bob", "bob", timestamp)).get("code").asInt());
            assertTrue(awaitGone(second), "a cancel ends the PK mix: " + second.events());
            assertEquals(PlayState.PLAYING, first.state(), "the other mix goes on");
        } finally {
            rig.mix(MixerRig.end("alice", "alice", "alice", timestamp));
            rig.mix(MixerRig.cancel("bob", "bob", timestamp));
        }
    }

    @Test
    void theBackendsOwnMixApiReachesTheMixer() throws Exception {
        Layout layout = Layout.of(PORTRAIT, Box.primary("alice", PORTRAIT), Box.of("bob", 2, 300, 60, 160, 240));
        String token = rig.login();
        try {
            JsonNode answer = rig.post("/api/mix", LayoutFile.toJson(layout), token);
            assertEquals(0, answer.get("code").asInt(), answer.toString());
            assertEquals("mixing as asked", answer.get("message").asText());
            try (PictureWatch output = new PictureWatch(rig.output("alice"))) {
                assertTrue(output.await(picture -> near(picture, 380, 180, RED) && near(picture, 100, 500, NAVY),
                        FIRST_PICTURE), "the mix asked through /api/mix: " + describe(output.latest(), layout));
            }
        } finally {
            rig.post("/api/mix", LayoutFile.toJson(Layout.of(PORTRAIT, Box.primary("alice", PORTRAIT))), token);
        }
    }

    @Test
    void stoppingTheBackendEndsEveryMixAndJoinsItsThreadsAndItMixesAgainAfterARestart() throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        Layout layout = Layout.of(PORTRAIT, Box.primary("alice", PORTRAIT), Box.of("carol", 2, 20, 20, 160, 240));
        assertEquals(0, rig.mix(MixerRig.start("alice", "alice", layout, timestamp)).get("code").asInt());
        assertTrue(threadAlive("compose-alice") && threadAlive("mixer-watch"));

        rig.backend.stop();

        assertFalse(threadAlive("compose-alice"), "the composition is joined");
        assertFalse(threadAlive("mixer-watch"), "the watch thread is joined");
        rig.backend.start();
        try {
            assertEquals(0, rig.mix(MixerRig.start("alice", "alice", layout, timestamp)).get("code").asInt());
            assertTrue(threadAlive("compose-alice") && threadAlive("mixer-watch"));
        } finally {
            rig.mix(MixerRig.end("alice", "alice", "alice", timestamp));
        }
    }

    @Test
    void refusalsCarryTencentsCodesAndTheRequestsTimestamp() throws Exception {
        long now = Instant.now().getEpochSecond();
        Layout layout = Layout.of(PORTRAIT, Box.primary("alice", PORTRAIT), Box.of("bob", 2, 360, 680, 160, 240));
        String good = MixerRig.start("alice", "alice", layout, now);
        String sign = new TimeSignature(MixerRig.API_KEY).sign(now + 60);
        String wrongSign = new TimeSignature("another-key").sign(now + 60);
        String past = new TimeSignature(MixerRig.API_KEY).sign(now - 5);

        try (CapturedLog log = new CapturedLog()) {
            assertRefused(-1001, "sign does not match", rig.mix(good, query(MixerRig.APP_ID, now + 60,
                    wrongSign)));
            assertRefused(-1002, "in the past", rig.mix(good, query(MixerRig.APP_ID, now - 5, past)));
            assertRefused(-1001, "appid 99", rig.mix(good, query(99, now + 60, sign)));
            assertRefused(-1, "no 'sign'", rig.mix(good, "cmd=" + MixerRig.APP_ID + "&interface=Mix_StreamV2&t="
                    + now));
            assertRefused(-1, "not valid JSON", rig.mix("{\"timestamp\":", query(MixerRig.APP_ID, now + 60, sign)));
            assertEquals(now, rig.mix(good.replace("360,\"location_y\":680", "420,\"location_y\":680"))
                    .get("timestamp").asLong(), "a refusal answers the request's timestamp");
            assertRefused(-2, "reaches x=580", rig.mix(good.replace("\"location_x\":360", "\"location_x\":420")));
            assertRefused(-11, "share layer 2", rig.mix(good.replace("{\"input_stream_id\":\"bob\"",
                    "{\"input_stream_id\":\"carol\",\"layout_params\":{\"image_layer\":2,\"image_width\":160,"
                            + "\"image_height\":240,\"location_x\":0,\"location_y\":0}},"
                            + "{\"input_stream_id\":\"bob\"")));
            assertRefused(-505, "'nobody' is not on the RTMP server",
                    rig.mix(good.replace("\"bob\"", "\"nobody\"")));
            assertRefused(-4, "image", rig.mix(good.replace("\"location_y\":680}", "\"location_y\":680,"
                    + "\"input_type\":2}")));
            for (String secret : List.of(MixerRig.API_KEY, sign, wrongSign, past)) {
                assertTrue(log.lines().stream().noneMatch(line -> line.contains(secret)), "no key or sign in the log");
            }
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("refused with -1001")),
                    "refusals are logged");
        }
    }

    private static String query(long appId, long t, String sign) {
        return "appid=" + appId + "&interface=Mix_StreamV2&t=" + t + "&sign=" + sign;
    }

    private static void assertRefused(int code, String words, JsonNode answer) {
        assertEquals(code, answer.get("code").asInt(), answer.toString());
        assertTrue(answer.get("message").asText().contains(words), answer.toString());
        assertTrue(answer.get("timestamp").asLong() > 0, answer.toString());
        assertFalse(answer.toString().contains(MixerRig.API_KEY), "no key in an answer");
    }

    private static boolean showsAll(VideoFrame picture, Layout layout, int... colours) {
        for (int i = 0; i < colours.length; i++) {
            Box box = layout.boxOn(i + 2);
            if (!near(picture, box.x() + box.width() / 2, box.y() + box.height() / 2, colours[i])) {
                return false;
            }
        }
        return true;
    }

    /** Each edge of {@code box}, found where the luma turns from the primary's to the box's, lies within 2 px. */
    private static void assertBoxEdges(VideoFrame picture, Box box, int rgb) {
        int threshold = (Yuv.ofRgb(NAVY).y() + Yuv.ofRgb(rgb).y()) / 2;
        boolean brighter = Yuv.ofRgb(rgb).y() > Yuv.ofRgb(NAVY).y();
        int midX = box.x() + box.width() / 2;
        int midY = box.y() + box.height() / 2;
        int left = box.x() - 8;
        while (left < box.x() + 8 && !inside(picture, left, midY, threshold, brighter)) {
            left++;
        }
        int right = box.right() + 7;
        while (right > box.right() - 9 && !inside(picture, right, midY, threshold, brighter)) {
            right--;
        }
        int top = box.y() - 8;
        while (top < box.y() + 8 && !inside(picture, midX, top, threshold, brighter)) {
            top++;
        }
        int bottom = box.bottom() + 7;
        while (bottom > box.bottom() - 9 && !inside(picture, midX, bottom, threshold, brighter)) {
            bottom--;
        }
        String found = box.name() + " found at x " + left + ".." + right + ", y " + top + ".." + bottom
                + "; asked for x " + box.x() + ".." + (box.right() - 1) + ", y " + box.y() + ".." + (box.bottom() - 1);
        assertTrue(Math.abs(left - box.x()) <= 2 && Math.abs(right - (box.right() - 1)) <= 2
                && Math.abs(top - box.y()) <= 2 && Math.abs(bottom - (box.bottom() - 1)) <= 2, found);
    }

    private static boolean inside(VideoFrame picture, int x, int y, int threshold, boolean brighter) {
        int luma = Yuv.at(picture, x, y).y();
        return brighter ? luma >= threshold : luma <= threshold;
    }

    private static void assertColour(VideoFrame picture, int x, int y, int rgb, String what) {
        assertTrue(near(picture, x, y, rgb), what + " at " + x + "," + y + " is " + Yuv.at(picture, x, y)
                + ", expected about " + Yuv.ofRgb(rgb));
    }

    private static boolean near(VideoFrame picture, int x, int y, int rgb) {
        return picture != null && x < picture.width() && y < picture.height()
                && Yuv.at(picture, x, y).near(Yuv.ofRgb(rgb), CODING_TOLERANCE);
    }

    /** The colours at the centres of the layout's boxes, for failure messages. */
    private static String describe(VideoFrame picture, Layout layout) {
        if (picture == null) {
            return "no picture";
        }
        StringBuilder text = new StringBuilder(picture.width() + "x" + picture.height());
        for (Box box : layout.boxes()) {
            int x = Math.min(picture.width() - 1, box.x() + box.width() / 2);
            int y = Math.min(picture.height() - 1, box.y() + box.height() / 2);
            text.append("; ").append(box.streamId()).append(" centre ").append(Yuv.at(picture, x, y));
        }
        return text.toString();
    }

    /** Waits until the server no longer has the watched stream: it ended it, or refuses to play it again. */
    private static boolean awaitGone(PictureWatch watch) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            if (watch.state() == PlayState.ENDED || watch.events().stream()
                    .anyMatch(event -> event.code() == EventCode.PLAY_WARNING_SHAKE_FAIL)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals(name));
    }
}
