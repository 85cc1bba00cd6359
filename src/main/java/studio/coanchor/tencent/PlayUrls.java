package studio.coanchor.tencent;

/**
 * The signed ways to play one stream: RTMP, HTTP-FLV, HLS, and the low-latency (ACC) RTMP URL that co-anchors
 * play each other with.
 */
public record PlayUrls(String rtmp, String flv, String hls, String acc) {
}
