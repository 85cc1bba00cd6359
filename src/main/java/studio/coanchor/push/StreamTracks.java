package studio.coanchor.push;

import studio.coanchor.media.AudioTrack;
import studio.coanchor.media.VideoTrack;

/** The tracks a muxer announces in its header; {@code audio} is null for a stream without sound. */
record StreamTracks(VideoTrack video, AudioTrack audio) {
}
