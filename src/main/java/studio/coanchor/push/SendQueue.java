package studio.coanchor.push;

import java.util.ArrayDeque;
import java.util.Iterator;
import studio.coanchor.media.EncodedPacket;

/**
 * The bounded queue between the encoders and the send thread. When {@code videoCapacity} video frames wait, or a new
 * frame would make the queue span {@link #LIMIT_MILLIS} ms or more, video is dropped from the oldest up to the next
 * queued key frame (or all of it, and then every new frame until the encoder's next key frame, which is requested at
 * once). Audio is never dropped by that policy; only a link that is down for longer than {@link #AUDIO_LIMIT} packets
 * of audio loses the oldest of it.
 */
final class SendQueue {
    static final int AUDIO_LIMIT = 500;
    /**
     * OBS's drop threshold. The queue must stay under a second, and behind a key frame that takes the link a few
     * hundred milliseconds to send, audio (never dropped) and the next frames go on arriving.
     */
    static final int LIMIT_MILLIS = 700;

    private final ArrayDeque<EncodedPacket> packets = new ArrayDeque<>();
    private final int videoCapacity;
    private final Runnable requestKeyFrame;
    private int queuedVideo;
    private int queuedAudio;
    private boolean awaitingKeyFrame;
    private boolean closed;
    private long droppedVideo;

    SendQueue(int videoCapacity, Runnable requestKeyFrame) {
        if (videoCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least one frame");
        }
        this.videoCapacity = videoCapacity;
        this.requestKeyFrame = requestKeyFrame;
    }

    void offer(EncodedPacket packet) {
        boolean wantKeyFrame;
        synchronized (this) {
            if (closed) {
                return;
            }
            wantKeyFrame = packet.isVideo() ? offerVideo(packet) : offerAudio(packet);
            notifyAll();
        }
        if (wantKeyFrame) {
            requestKeyFrame.run();
        }
    }

    private boolean offerVideo(EncodedPacket packet) {
        if (awaitingKeyFrame && !packet.keyFrame()) {
            droppedVideo++;
            return false;
        }
        awaitingKeyFrame = false;
        boolean wantKeyFrame = false;
        boolean tooLong = !packets.isEmpty() && packet.dtsMillis() - packets.peekFirst().dtsMillis() >= LIMIT_MILLIS;
        if (queuedVideo >= videoCapacity || tooLong) {
            wantKeyFrame = dropVideoToNextKeyFrame();
            if (wantKeyFrame && !packet.keyFrame()) {
                awaitingKeyFrame = true;
                droppedVideo++;
                return true;
            }
        }
        packets.addLast(packet);
        queuedVideo++;
        return wantKeyFrame;
    }

    /** Returns true when no key frame was left in the queue, so the stream must wait for a new one. */
    private boolean dropVideoToNextKeyFrame() {
        boolean first = true;
        Iterator<EncodedPacket> it = packets.iterator();
        while (it.hasNext()) {
            EncodedPacket queued = it.next();
            if (!queued.isVideo()) {
                continue;
            }
            if (queued.keyFrame() && !first) {
                return false;
            }
            first = false;
            it.remove();
            queuedVideo--;
            droppedVideo++;
        }
        return true;
    }

    private boolean offerAudio(EncodedPacket packet) {
        if (queuedAudio >= AUDIO_LIMIT) {
            Iterator<EncodedPacket> it = packets.iterator();
            while (it.hasNext()) {
                if (!it.next().isVideo()) {
                    it.remove();
                    queuedAudio--;
                    break;
                }
            }
        }
        packets.addLast(packet);
        queuedAudio++;
        return false;
    }

    /** The oldest packet, waiting up to {@code timeoutMillis}; null on time-out or once closed. */
    synchronized EncodedPacket poll(long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (packets.isEmpty() && !closed) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
        EncodedPacket packet = packets.pollFirst();
        if (packet != null) {
            if (packet.isVideo()) {
                queuedVideo--;
            } else {
                queuedAudio--;
            }
        }
        return packet;
    }

    /** After a (re)connect: what waited is stale, and the new connection must begin with a key frame. */
    void restartAtKeyFrame() {
        synchronized (this) {
            for (EncodedPacket queued : packets) {
                if (queued.isVideo()) {
                    droppedVideo++;
                }
            }
            packets.clear();
            queuedVideo = 0;
            queuedAudio = 0;
            awaitingKeyFrame = true;
        }
        requestKeyFrame.run();
    }

    synchronized void close() {
        closed = true;
        packets.clear();
        notifyAll();
    }

    synchronized int size() {
        return packets.size();
    }

    /**
     * How much media waits, in ms: the newest queued packet's time minus the oldest one's. Packets are queued as they
     * are encoded, in real time, so this is also about how long the oldest has waited.
     */
    synchronized int delayMillis() {
        if (packets.isEmpty()) {
            return 0;
        }
        return (int) Math.max(0, packets.peekLast().dtsMillis() - packets.peekFirst().dtsMillis());
    }

    synchronized long droppedVideo() {
        return droppedVideo;
    }
}
