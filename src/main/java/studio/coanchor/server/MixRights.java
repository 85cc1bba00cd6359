package studio.coanchor.server;

import java.util.Set;

/**
 * What one caller may mix: its own room (the session is its own stream), inputs from its own stream and the
 * streams of anchors linked with it, and any output but another user's stream.
 */
record MixRights(String ownStream, Set<String> linkedStreams, Set<String> othersStreams) {
    boolean mayUseInput(String streamId) {
        return ownStream.equals(streamId) || linkedStreams.contains(streamId);
    }

    boolean mayWriteOutput(String streamId) {
        return ownStream.equals(streamId) || !othersStreams.contains(streamId);
    }
}
