package studio.coanchor.capture;

public enum DeviceKind {
    CAMERA, MICROPHONE, SCREEN
}
