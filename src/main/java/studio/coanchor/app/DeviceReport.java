package studio.coanchor.app;

import java.io.PrintStream;

/** Lists the cameras, microphones, screens and encoders this machine offers. */
public final class DeviceReport {
    private DeviceReport() {
    }

    public static void print(PrintStream out) {
        out.println("device catalog not linked yet");
    }
}
