package studio.coanchor.media;

/**
 * Tencent MLVB push and play event codes, with the names and meanings Tencent publishes. Negative codes are
 * terminal errors, 1101-1107, 1202, 2101-2108 and 3001-3005 are recoverable warnings, the rest are plain events.
 */
public enum EventCode {
    PUSH_EVT_CONNECT_SUCC(1001, "Connected to the server"),
    PUSH_EVT_PUSH_BEGIN(1002, "Handshake with the server completed; pushing"),
    PUSH_EVT_OPEN_CAMERA_SUCC(1003, "Camera opened"),
    PUSH_EVT_SCREEN_CAPTURE_SUCC(1004, "Screen capture started"),
    PUSH_EVT_CHANGE_RESOLUTION(1005, "Push resolution changed"),
    PUSH_EVT_CHANGE_BITRATE(1006, "Push bitrate changed"),
    PUSH_EVT_FIRST_FRAME_AVAILABLE(1007, "First frame captured"),
    PUSH_EVT_START_VIDEO_ENCODER(1008, "Video encoder started"),
    PUSH_EVT_CAMERA_REMOVED(1009, "Camera removed"),
    PUSH_EVT_CAMERA_AVAILABLE(1010, "Camera available again"),
    PUSH_EVT_CAMERA_CLOSED(1011, "Camera closed"),
    PUSH_EVT_SNAPSHOT_RESULT(1012, "Snapshot result"),
    PUSH_EVT_ROOM_IN(1018, "Entered the room"),
    PUSH_EVT_ROOM_OUT(1019, "Left the room"),
    PUSH_EVT_ROOM_USERLIST(1020, "Room member list"),
    PUSH_EVT_ROOM_NEED_REENTER(1021, "The room must be entered again"),

    PUSH_ERR_OPEN_CAMERA_FAIL(-1301, "Failed to open the camera"),
    PUSH_ERR_OPEN_MIC_FAIL(-1302, "Failed to open the microphone"),
    PUSH_ERR_VIDEO_ENCODE_FAIL(-1303, "Video encoding failed"),
    PUSH_ERR_AUDIO_ENCODE_FAIL(-1304, "Audio encoding failed"),
    PUSH_ERR_UNSUPPORTED_RESOLUTION(-1305, "Unsupported video resolution"),
    PUSH_ERR_UNSUPPORTED_SAMPLERATE(-1306, "Unsupported audio sample rate"),
    PUSH_ERR_NET_DISCONNECT(-1307, "Network disconnected and every reconnect attempt failed; restart the push"),
    PUSH_ERR_CAMERA_OCCUPY(-1308, "Camera is in use; try another camera"),
    PUSH_ERR_SCREEN_CAPTURE_UNSURPORT(-1309, "Screen capture is not supported here"),

    PUSH_WARNING_NET_BUSY(1101, "Upstream network is poor"),
    PUSH_WARNING_RECONNECT(1102, "Network disconnected; reconnecting"),
    PUSH_WARNING_HW_ACCELERATION_FAIL(1103, "Hardware encoder failed to start; using software encoding"),
    PUSH_WARNING_VIDEO_ENCODE_FAIL(1104, "Video encoding failed; restarting the encoder"),
    PUSH_WARNING_VIDEO_ENCODE_SW_SWITCH_HW(1107, "Switched from software to hardware encoding"),
    PUSH_WARNING_DNS_FAIL(3001, "DNS resolution failed; retrying"),
    PUSH_WARNING_SEVER_CONN_FAIL(3002, "Failed to connect to the server; retrying"),
    PUSH_WARNING_SHAKE_FAIL(3003, "Server handshake failed; retrying"),
    PUSH_WARNING_SERVER_DISCONNECT(3004, "The server closed the connection; check the push URL and its expiry"),
    PUSH_WARNING_READ_WRITE_FAIL(3005, "RTMP read/write failed; disconnecting"),

    PLAY_EVT_CONNECT_SUCC(2001, "Connected to the server"),
    PLAY_EVT_RTMP_STREAM_BEGIN(2002, "Stream pull started"),
    PLAY_EVT_RCV_FIRST_I_FRAME(2003, "First key frame received"),
    PLAY_EVT_PLAY_BEGIN(2004, "Playback started"),
    PLAY_EVT_PLAY_PROGRESS(2005, "Playback progress"),
    PLAY_EVT_PLAY_END(2006, "Playback ended"),
    PLAY_EVT_PLAY_LOADING(2007, "Loading"),
    PLAY_EVT_START_VIDEO_DECODER(2008, "Video decoder started"),
    PLAY_EVT_CHANGE_RESOLUTION(2009, "Video resolution changed"),
    PLAY_EVT_SNAPSHOT_RESULT(2010, "Snapshot result"),
    PLAY_EVT_CHANGE_ROTATION(2011, "Video rotation changed"),
    PLAY_EVT_GET_MESSAGE(2012, "Message in the stream"),
    PLAY_EVT_PREPARED(2013, "Video loaded"),
    PLAY_EVT_VOD_LOADING_END(2014, "Loading ended"),
    PLAY_ERR_NET_DISCONNECT(-2301, "Network disconnected and every reconnect attempt failed"),
    PLAY_ERR_GET_RTMP_ACC_URL_FAIL(-2302, "Failed to get the low-latency play URL"),
    PLAY_ERR_FILE_NOT_FOUND(-2303, "The file to play does not exist"),
    PLAY_ERR_HEVC_DECODE_FAIL(-2304, "H.265 decoding failed"),
    PLAY_ERR_HLS_KEY(-2305, "Failed to get the HLS decryption key"),
    PLAY_ERR_GET_PLAYINFO_FAIL(-2306, "Failed to get the file's play information"),
    PLAY_WARNING_VIDEO_DECODE_FAIL(2101, "Failed to decode a video frame"),
    PLAY_WARNING_AUDIO_DECODE_FAIL(2102, "Failed to decode an audio frame"),
    PLAY_WARNING_RECONNECT(2103, "Network disconnected; reconnecting"),
    PLAY_WARNING_RECV_DATA_LAG(2104, "Incoming stream is unsteady"),
    PLAY_WARNING_VIDEO_PLAY_LAG(2105, "Playback stuttered"),
    PLAY_WARNING_HW_ACCELERATION_FAIL(2106, "Hardware decoder failed to start; using software decoding"),
    PLAY_WARNING_VIDEO_DISCONTINUITY(2107, "Video frames are discontinuous"),
    PLAY_WARNING_FIRST_IDR_HW_DECODE_FAIL(2108, "Hardware decoding of the first key frame failed; using software"),
    PLAY_WARNING_DNS_FAIL(3001, "DNS resolution failed"),
    PLAY_WARNING_SEVER_CONN_FAIL(3002, "Failed to connect to the server"),
    PLAY_WARNING_SHAKE_FAIL(3003, "Server handshake failed"),
    PLAY_WARNING_SERVER_DISCONNECT(3004, "The server closed the connection"),

    /** Tencent's TXLiteAVCode name; the sound goes to a silent sink so timing and A/V sync are unchanged. */
    WARNING_SPEAKER_DEVICE_EMPTY(1202, "No speaker found; the sound is not played");

    private final int code;
    private final String description;

    EventCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean isError() {
        return code < 0;
    }

    public boolean isWarning() {
        return (code >= 1101 && code <= 1107) || code == 1202 || (code >= 2101 && code <= 2108)
                || (code >= 3001 && code <= 3005);
    }
}
