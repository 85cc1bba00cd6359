package studio.coanchor.push;

import studio.coanchor.media.EncodedPacket;

/** What the encoders produced since the last reading: frames, and bytes per track (FPS, VRA, ARA). */
final class EncodeMeter {
    private long videoBytes;
    private long audioBytes;
    private int videoFrames;

    synchronized void encoded(EncodedPacket packet) {
        if (packet.isVideo()) {
            videoBytes += packet.size();
            videoFrames++;
        } else {
            audioBytes += packet.size();
        }
    }

    synchronized Reading read() {
        Reading reading = new Reading(videoFrames, videoBytes, audioBytes);
        videoFrames = 0;
        videoBytes = 0;
        audioBytes = 0;
        return reading;
    }

    record Reading(int videoFrames, long videoBytes, long audioBytes) {
    }
}
