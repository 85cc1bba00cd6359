package studio.coanchor.push;

import java.nio.file.Path;
import studio.coanchor.media.EncodedPacket;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.EventPublisher;
import studio.coanchor.media.MediaException;

/**
 * Records the encoded stream to an FLV or fragmented MP4 file, flushed packet by packet, so the file plays up to its last frame even
 * if the process is killed. Written from the encoding threads; a write failure ends the recording, not the push.
 */
final class LocalRecording implements AutoCloseable {
    private final Path file;
    private final EventPublisher events;
    private PacketMuxer muxer;

    private LocalRecording(Path file, PacketMuxer muxer, EventPublisher events) {
        this.file = file;
        this.muxer = muxer;
        this.events = events;
    }

    static LocalRecording open(Path file, StreamTracks tracks, EventPublisher events) throws MediaException {
        try {
            String path = file.toAbsolutePath().toString();
            return new LocalRecording(file, PacketMuxer.open(path, path, tracks, 5_000, true), events);
        } catch (MuxerException e) {
            throw new MediaException(EventCode.PUSH_WARNING_READ_WRITE_FAIL, "cannot record to " + file + ": "
                    + e.getMessage() + "; pick a folder you can write to");
        }
    }

    synchronized void write(EncodedPacket packet) {
        if (muxer == null) {
            return;
        }
        try {
            muxer.write(packet);
        } catch (MuxerException e) {
            muxer.close();
            muxer = null;
            events.publish(EventCode.PUSH_WARNING_READ_WRITE_FAIL, "recording to " + file + " stopped: "
                    + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (muxer != null) {
            muxer.close();
            muxer = null;
        }
    }
}
