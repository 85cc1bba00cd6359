package studio.coanchor.play;

import java.util.ArrayDeque;
import java.util.Deque;
import studio.coanchor.media.TrackKind;

/**
 * The player's buffer: compressed packets between the network thread and the two decoding threads, in arrival
 * order per track. What it holds ahead of the playhead is the delay the {@link DelayControl} manages; dropping
 * is done here, audio by time and video only up to a key frame so the decoder never sees a broken reference.
 */
final class PacketCache {
    private final Deque<CachedPacket> audio = new ArrayDeque<>();
    private final Deque<CachedPacket> video = new ArrayDeque<>();
    private long newestAudioEnd = PlayClock.UNSET;
    private long newestVideoEnd = PlayClock.UNSET;
    private long firstVideoNanos;
    private int connection;
    private boolean closed;

    synchronized void add(CachedPacket packet) {
        if (closed) {
            packet.free();
            return;
        }
        if (packet.kind() == TrackKind.AUDIO) {
            audio.addLast(packet);
            newestAudioEnd = Math.max(newestAudioEnd, packet.endMicros());
        } else {
            if (newestVideoEnd == PlayClock.UNSET) {
                firstVideoNanos = System.nanoTime();
            }
            video.addLast(packet);
            newestVideoEnd = Math.max(newestVideoEnd, packet.endMicros());
        }
        notifyAll();
    }

    /** The oldest audio packet, waiting up to {@code timeoutMillis} for one; null on time-out or when closed. */
    synchronized CachedPacket takeAudio(long timeoutMillis) throws InterruptedException {
        return take(audio, timeoutMillis);
    }

    synchronized CachedPacket takeVideo(long timeoutMillis) throws InterruptedException {
        return take(video, timeoutMillis);
    }

    private CachedPacket take(Deque<CachedPacket> queue, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (queue.isEmpty() && !closed) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
        return closed ? null : queue.pollFirst();
    }

    /** Waits until something arrives or {@code millis} pass. */
    synchronized void awaitArrival(long millis) throws InterruptedException {
        if (!closed) {
            wait(Math.max(1, millis));
        }
    }

    synchronized boolean hasAudio() {
        return !audio.isEmpty();
    }

    synchronized boolean hasVideo() {
        return !video.isEmpty();
    }

    /** Whether sound has arrived on this connection (so the sound is the clock). */
    synchronized boolean soundArrived() {
        return newestAudioEnd != PlayClock.UNSET;
    }

    /** Nanoseconds since the first picture packet of this connection arrived, or -1 before it. */
    synchronized long sinceFirstVideoNanos(long nowNanos) {
        return newestVideoEnd == PlayClock.UNSET ? -1 : nowNanos - firstVideoNanos;
    }

    /** End time of the newest packet of {@code kind} received on this connection, or {@link PlayClock#UNSET}. */
    synchronized long newestEnd(TrackKind kind) {
        return kind == TrackKind.AUDIO ? newestAudioEnd : newestVideoEnd;
    }

    /** Start time of the oldest packet of {@code kind} still waiting, or {@link PlayClock#UNSET}. */
    synchronized long oldestStart(TrackKind kind) {
        CachedPacket first = (kind == TrackKind.AUDIO ? audio : video).peekFirst();
        return first == null ? PlayClock.UNSET : first.ptsMicros();
    }

    /** Drops the sound that starts before {@code ptsMicros}, keeping the newest packet; returns how many went. */
    synchronized int dropAudioBefore(long ptsMicros) {
        int dropped = 0;
        while (audio.size() > 1 && audio.peekFirst().ptsMicros() < ptsMicros) {
            audio.pollFirst().free();
            dropped++;
        }
        return dropped;
    }

    /**
     * When a waiting key frame is already due at {@code ptsMicros}, drops every picture packet before the newest
     * such key frame so decoding resumes there; returns how many went, or -1 when no waiting key frame is due.
     */
    synchronized int skipVideoToKeyFrameBy(long ptsMicros) {
        CachedPacket target = null;
        for (CachedPacket packet : video) {
            if (packet.ptsMicros() > ptsMicros) {
                break;
            }
            if (packet.keyFrame()) {
                target = packet;
            }
        }
        if (target == null) {
            return -1;
        }
        int dropped = 0;
        while (video.peekFirst() != target) {
            video.pollFirst().free();
            dropped++;
        }
        return dropped;
    }

    /** The connection whose packets the cache holds; its tracks carry the same number. */
    synchronized int connection() {
        return connection;
    }

    /** Forgets everything: connection {@code next} starts a new timeline. */
    synchronized void restart(int next) {
        connection = next;
        clear();
    }

    private void clear() {
        audio.forEach(CachedPacket::free);
        video.forEach(CachedPacket::free);
        audio.clear();
        video.clear();
        newestAudioEnd = PlayClock.UNSET;
        newestVideoEnd = PlayClock.UNSET;
        notifyAll();
    }

    /** Frees what is left and wakes every waiting thread for good. */
    synchronized void close() {
        clear();
        closed = true;
        notifyAll();
    }
}
