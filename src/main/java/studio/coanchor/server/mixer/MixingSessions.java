package studio.coanchor.server.mixer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.coanchor.media.MediaException;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.InputType;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutException;
import studio.coanchor.mix.MixInput;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.server.BackendConfig;
import studio.coanchor.tencent.MixResultCode;

/**
 * The mixes running, by {@code mix_stream_session_id}, and the rules between them: a session keeps its output
 * stream (-508 otherwise), an output belongs to one session (-300), and a request for one session waits only for
 * others on the same session. A start request is checked in full before anything changes: the rules that need no
 * sizes first, then the inputs are played, the primary's picture size learnt (-28 while unknown), the layout checked
 * against it, every input found on the RTMP server (-505 otherwise) and the crops checked against the input sizes
 * known by then. Inputs the request brought that are not needed after a refusal are stopped again.
 */
final class MixingSessions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MixingSessions.class);
    static final Duration FIND_LIMIT = Duration.ofSeconds(5);
    static final Duration PICTURE_LIMIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 20;

    private final BackendConfig.Mixer addresses;
    private final MixOutput output;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, String> outputs = new ConcurrentHashMap<>();

    /** A session's place, locked while a request or the watch thread works on it. */
    private static final class Slot {
        private final ReentrantLock lock = new ReentrantLock();
        private MixingSession session;
    }

    MixingSessions(BackendConfig.Mixer addresses, MixOutput output) {
        this.addresses = addresses;
        this.output = output;
    }

    /** Carries out a checked request: starts, changes or ends its session; a refusal changes nothing. */
    String apply(MixPara para) throws MixerRefusal, InterruptedException {
        String id = para.mixStreamSessionId();
        while (true) {
            Slot slot = slots.computeIfAbsent(id, ignored -> new Slot());
            slot.lock.lockInterruptibly();
            try {
                if (slots.get(id) != slot) {
                    continue;
                }
                return apply(para, slot);
            } finally {
                if (slot.session == null) {
                    slots.remove(id, slot);
                }
                slot.lock.unlock();
            }
        }
    }

    private String apply(MixPara para, Slot slot) throws MixerRefusal, InterruptedException {
        String id = para.mixStreamSessionId();
        MixingSession running = slot.session;
        if (running != null && !running.outputStreamId().equals(para.outputStreamId())) {
            throw new MixerRefusal(MixResultCode.SESSION_HAS_OTHER_OUTPUT, "session " + id + " publishes '"
                    + running.outputStreamId() + "', not '" + para.outputStreamId() + "': end it first or keep its"
                    + " output_stream_id");
        }
        if (para.endsMix()) {
            if (running == null) {
                return "there was no mix " + id + " to end";
            }
            end(slot, "as asked");
            return "mix " + id + " ended";
        }
        String owner = outputs.putIfAbsent(para.outputStreamId(), id);
        if (owner != null && !owner.equals(id)) {
            throw new MixerRefusal(MixResultCode.OUTPUT_TAKEN, "output_stream_id '" + para.outputStreamId()
                    + "' is the output of session " + owner + ": give this mix another output");
        }
        MixingSession session = running != null ? running
                : new MixingSession(id, para.outputStreamId(), addresses, output);
        try {
            Layout layout = plan(para, session);
            session.show(layout, para.outputStreamBitrate(), played(layout));
        } catch (MixerRefusal | InterruptedException | RuntimeException e) {
            undo(session, running);
            throw e;
        } catch (MediaException e) {
            undo(session, running);
            throw new MixerRefusal(MixResultCode.BAD_STREAM_PARAMETERS, "the mix could not be encoded: "
                    + e.getMessage());
        }
        slot.session = session;
        LOG.info("mix {}: {} {} input(s) into {}x{}", id, running == null ? "mixing" : "now mixing",
                session.layout().boxes().size(), session.layout().picture().width(),
                session.layout().picture().height());
        return MixerAnswer.SUCCESS;
    }

    /** After a refusal: a new session goes away with its players; a running one keeps only its layout's inputs. */
    private void undo(MixingSession session, MixingSession running) {
        if (running == null) {
            session.close();
            outputs.remove(session.outputStreamId(), session.id());
        } else {
            running.keepOnly(played(running.layout()));
        }
    }

    private Layout plan(MixPara para, MixingSession session) throws MixerRefusal, InterruptedException {
        Layout provisional = layout(para, stated(para));
        Set<String> streams = played(provisional);
        for (Box box : provisional.boxes()) {
            if (box.inputType() == InputType.IMAGE) {
                throw new MixerRefusal(MixResultCode.BAD_STREAM_PARAMETERS, box.name() + " is an image (input_type 2),"
                        + " which only Tencent's cloud stores: the self-hosted mixer mixes streams and canvases");
            }
        }
        String outputUrl = addresses.output(para.outputStreamId());
        for (String stream : streams) {
            if (addresses.input(stream).equals(outputUrl)) {
                throw new MixerRefusal(MixResultCode.BAD_STREAM_PARAMETERS, "input '" + stream + "' is where this"
                        + " mix publishes its output_stream_id '" + para.outputStreamId() + "': mix it into another");
            }
        }
        List<InputFeed> feeds = new ArrayList<>();
        streams.forEach(stream -> feeds.add(session.feed(stream)));
        Box primary = provisional.primary();
        PictureSize picture = primary.inputType() == InputType.CANVAS ? provisional.picture()
                : primarySize(session, primary.streamId());
        Layout layout = layout(para, stream -> picture);
        Map<String, PictureSize> sizes = new HashMap<>();
        for (InputFeed feed : feeds) {
            Optional<String> missing = feed.awaitPlaying(FIND_LIMIT);
            if (missing.isPresent()) {
                throw new MixerRefusal(MixResultCode.INPUT_NOT_FOUND, "input stream '" + feed.streamId()
                        + "' is not on the RTMP server (" + missing.get() + "): mix it once it is pushing");
            }
            knownSize(session, feed.streamId()).ifPresent(size -> sizes.put(feed.streamId(), size));
        }
        try {
            layout.checkCrops(sizes);
        } catch (LayoutException e) {
            throw MixerRefusal.of(e);
        }
        return layout;
    }

    /** The primary's picture size once its first picture has come. */
    private static PictureSize primarySize(MixingSession session, String stream)
            throws MixerRefusal, InterruptedException {
        Optional<String> missing = session.feed(stream).awaitPlaying(FIND_LIMIT);
        if (missing.isPresent()) {
            throw new MixerRefusal(MixResultCode.INPUT_NOT_FOUND, "the primary stream '" + stream + "' is not on the"
                    + " RTMP server (" + missing.get() + "): mix it once it is pushing");
        }
        long end = System.nanoTime() + PICTURE_LIMIT.toNanos();
        while (true) {
            Optional<PictureSize> size = knownSize(session, stream);
            if (size.isPresent()) {
                return size.get();
            }
            if (System.nanoTime() > end) {
                throw new MixerRefusal(MixResultCode.BACKGROUND_SIZE_UNKNOWN, "no picture of the primary stream '"
                        + stream + "' within " + PICTURE_LIMIT.toSeconds() + " s, so its size is not known yet");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The size of {@code stream}'s pictures so far, empty before the first. */
    private static Optional<PictureSize> knownSize(MixingSession session, String stream) throws MixerRefusal {
        try {
            return session.pictureSize(stream);
        } catch (LayoutException e) {
            throw MixerRefusal.of(e);
        }
    }

    /** The layout {@code para} asks for, with the primary's picture size from {@code pictureSize}. */
    private static Layout layout(MixPara para, Function<String, PictureSize> pictureSize)
            throws MixerRefusal {
        try {
            return para.toLayout(MixScheme.EXTENDED, pictureSize);
        } catch (LayoutException e) {
            throw MixerRefusal.of(e);
        } catch (IllegalArgumentException e) {
            throw new MixerRefusal(MixResultCode.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * The primary's size as the request states it, or else the largest a mix takes: every rule but "inside the
     * picture" can then be checked before any stream is played.
     */
    private static Function<String, PictureSize> stated(MixPara para) {
        Optional<MixInput> primary = para.inputStreamList().stream()
                .filter(input -> input.layoutParams().imageLayer() == 1).findFirst();
        Integer width = primary.map(input -> input.layoutParams().imageWidth()).orElse(null);
        Integer height = primary.map(input -> input.layoutParams().imageHeight()).orElse(null);
        PictureSize size = width != null && height != null ? new PictureSize(width, height)
                : new PictureSize(PictureSize.MAX_SIDE, PictureSize.MAX_SIDE);
        return stream -> size;
    }

    /** The streams a layout plays: every input but canvases and images, each once. */
    private static Set<String> played(Layout layout) {
        Set<String> streams = new LinkedHashSet<>();
        for (Box box : layout.boxes()) {
            if (box.inputType() != InputType.CANVAS && box.inputType() != InputType.IMAGE) {
                streams.add(box.streamId());
            }
        }
        return streams;
    }

    /** Restarts dropped inputs and ends sessions whose output failed; sessions busy with a request wait a turn. */
    void tend() {
        for (Slot slot : slots.values()) {
            if (!slot.lock.tryLock()) {
                continue;
            }
            try {
                if (slot.session == null) {
                    continue;
                }
                if (slot.session.outputFailed()) {
                    end(slot, "because its output failed");
                } else {
                    slot.session.tend();
                }
            } finally {
                slot.lock.unlock();
            }
        }
    }

    private void end(Slot slot, String why) {
        MixingSession session = slot.session;
        session.close();
        slot.session = null;
        outputs.remove(session.outputStreamId(), session.id());
        slots.remove(session.id(), slot);
        LOG.info("mix {}: ended {}", session.id(), why);
    }

    /** Ends every mix, waiting for each to close its output and join its threads. */
    @Override
    public void close() {
        for (Slot slot : slots.values()) {
            slot.lock.lock();
            try {
                if (slot.session != null) {
                    end(slot, "with the backend");
                }
            } finally {
                slot.lock.unlock();
            }
        }
    }
}
