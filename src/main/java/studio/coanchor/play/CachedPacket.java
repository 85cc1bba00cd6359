package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import studio.coanchor.media.TrackKind;

/** A compressed packet waiting in the {@link PacketCache}; its owner frees it once decoded or dropped. */
record CachedPacket(AVPacket packet, StreamTrack track, long ptsMicros, long durationMicros, boolean keyFrame,
                    int size) {

    TrackKind kind() {
        return track.kind();
    }

    long endMicros() {
        return ptsMicros + durationMicros;
    }

    void free() {
        av_packet_free(packet);
    }
}
