package studio.coanchor.app;

import java.io.PrintStream;
import java.util.List;
import studio.coanchor.capture.Device;
import studio.coanchor.capture.DeviceCatalog;
import studio.coanchor.encode.EncoderCatalog;
import studio.coanchor.encode.EncoderProbe;

/** Lists the cameras, microphones, screens and H.264 encoders this machine offers, for {@code coanchor devices}. */
public final class DeviceReport {
    private DeviceReport() {
    }

    public static void print(PrintStream out) {
        DeviceCatalog catalog = new DeviceCatalog();
        section(out, "Cameras", catalog.cameras());
        section(out, "Microphones", catalog.microphones());
        section(out, "Screens", catalog.screens());
        out.println("H.264 encoders");
        for (EncoderProbe probe : EncoderCatalog.probe()) {
            String verdict = probe.opens() ? "opens" : probe.present() ? "present, does not open" : "not in this build";
            out.printf("  %-13s %-22s %s%n", probe.choice().name().toLowerCase(java.util.Locale.ROOT), verdict,
                    probe.opens() ? "" : probe.detail());
        }
    }

    private static void section(PrintStream out, String title, List<Device> devices) {
        out.println(title);
        if (devices.isEmpty()) {
            out.println("  (none found)");
        }
        for (Device device : devices) {
            out.printf("  %-24s %s%n", device.id(), device.name());
        }
    }
}
