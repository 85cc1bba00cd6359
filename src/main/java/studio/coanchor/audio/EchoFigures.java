package studio.coanchor.audio;

/**
 * What the echo bench measured for one set of {@link VoiceSettings}.
 *
 * @param erleDb                echo return loss enhancement: how much quieter the microphone's sound leaves
 *                              processing than it came in, over the stretches where only the far end talks
 * @param nearCorrelation       correlation of the processed sound with the near end's own voice, over every stretch
 *                              the near end talks in (1 is untouched)
 * @param doubleTalkCorrelation the same over the stretch where both talk at once
 * @param cpuMicrosPerFrame     processor time per 10 ms frame, far end and microphone together
 */
public record EchoFigures(VoiceSettings settings, double erleDb, double nearCorrelation, double doubleTalkCorrelation,
                          double cpuMicrosPerFrame) {
}
