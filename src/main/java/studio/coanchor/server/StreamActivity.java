package studio.coanchor.server;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Tencent's callbacks reported, kept in memory: which streams are live since when, and their recording
 * files. Bounded: the least recently changed streams and the oldest files of a stream are forgotten first.
 */
final class StreamActivity {
    static final int MAX_STREAMS = 1000;
    static final int MAX_FILES_PER_STREAM = 100;

    private final Map<String, Entry> streams = new LinkedHashMap<>();

    synchronized void began(String streamId, Instant at) {
        touch(streamId).live(true, at);
    }

    synchronized void ended(String streamId, Instant at) {
        touch(streamId).live(false, at);
    }

    synchronized void recorded(String streamId, RecordedFile file) {
        Deque<RecordedFile> files = touch(streamId).files;
        files.addLast(file);
        if (files.size() > MAX_FILES_PER_STREAM) {
            files.removeFirst();
        }
    }

    synchronized List<StreamState> streams() {
        List<StreamState> states = new ArrayList<>();
        streams.forEach((id, entry) -> states.add(new StreamState(id, entry.live,
                entry.since == null ? null : entry.since.toString(), List.copyOf(entry.files))));
        return states;
    }

    private Entry touch(String streamId) {
        Entry entry = streams.remove(streamId);
        streams.put(streamId, entry == null ? new Entry() : entry);
        if (streams.size() > MAX_STREAMS) {
            Iterator<String> oldest = streams.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return streams.get(streamId);
    }

    private static final class Entry {
        private boolean live;
        private Instant since;
        private final Deque<RecordedFile> files = new ArrayDeque<>();

        void live(boolean now, Instant at) {
            live = now;
            since = at;
        }
    }

    /** A stream as {@code GET /api/streams} shows it. */
    record StreamState(String streamId, boolean live, String since, List<RecordedFile> recordings) {
    }

    /** A recording file Tencent made of a stream. */
    record RecordedFile(String videoUrl, String fileFormat, long startTime, long endTime, long fileSize,
                        long duration) {
    }
}
