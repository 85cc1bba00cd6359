package studio.coanchor.linkmic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records what a session asks of the media engine, and the session's events, in the order they happen, so a test
 * can wait for each. The real media engine is exercised end to end by the link command's tests.
 */
final class MediaLog implements CoanchorMedia {
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final List<String> all = new CopyOnWriteArrayList<>();
    private final Map<String, Runnable> whenPlaying = new ConcurrentHashMap<>();

    @Override
    public void publishAs(PublisherRole role) {
        add("publish " + role);
    }

    @Override
    public void playPeer(String peerId, String accUrl, Runnable playing) {
        whenPlaying.put(peerId, playing);
        add("play " + peerId + " " + accUrl);
    }

    /** What the media engine does when the peer's first picture shows. */
    void firstPictureOf(String peerId) {
        whenPlaying.get(peerId).run();
    }

    @Override
    public void stopPeer(String peerId) {
        add("stop " + peerId);
    }

    void event(LinkEvent event) {
        add(event.line());
    }

    /** Waits for the next entry that starts with {@code prefix}, skipping others; fails after 5 s. */
    String await(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            String next = pending.poll(left, TimeUnit.NANOSECONDS);
            if (next != null && next.startsWith(prefix)) {
                return next;
            }
        }
        throw new AssertionError("no '" + prefix + "' within 5 s; so far: " + all);
    }

    List<String> all() {
        return List.copyOf(all);
    }

    private void add(String entry) {
        all.add(entry);
        pending.add(entry);
    }
}
