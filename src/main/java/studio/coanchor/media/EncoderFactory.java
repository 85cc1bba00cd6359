package studio.coanchor.media;

/**
 * Opens encoders for a pusher. The video side picks the encoder the user chose (or the best that opens) and
 * reports a hardware encoder that fails with PUSH_WARNING_HW_ACCELERATION_FAIL (1103) before falling back.
 */
public interface EncoderFactory {

    VideoEncoding openVideo(VideoSettings settings, long originMicros, MediaEventListener events)
            throws MediaException;

    AudioEncoding openAudio(int bitrateKbps, long originMicros) throws MediaException;
}
