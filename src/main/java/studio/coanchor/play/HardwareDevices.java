package studio.coanchor.play;

import static org.bytedeco.ffmpeg.global.avutil.AV_HWDEVICE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.av_hwdevice_ctx_create;
import static org.bytedeco.ffmpeg.global.avutil.av_hwdevice_get_type_name;
import static org.bytedeco.ffmpeg.global.avutil.av_hwdevice_iterate_types;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.AVBufferRef;
import studio.coanchor.media.FfmpegLog;

/**
 * The hardware video decoding devices this machine opens: NVIDIA (CUDA), VA-API (Intel, AMD on Linux), Direct3D 11
 * and DXVA2 (Windows), VideoToolbox (macOS), whichever this FFmpeg build has (in the order the build lists them). Opening one can take hundreds of
 * milliseconds, so they are found once per process and shared by every decoder (device contexts are reference
 * counted); they live as long as the process. Vulkan is left out: its devices open even where they cannot decode.
 */
final class HardwareDevices {
    private static final List<String> PREFERRED = List.of("cuda", "vaapi", "d3d11va", "dxva2", "videotoolbox");

    /** A device that opened. */
    record Device(int type, String name, AVBufferRef context) {
    }

    /** The devices that opened, and why each of the others did not ("cuda: Cannot load libcuda.so.1"). */
    record Found(List<Device> devices, List<String> failures) {
    }

    private static Found found;

    private HardwareDevices() {
    }

    static synchronized Found find() {
        if (found == null) {
            List<Device> devices = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int type = av_hwdevice_iterate_types(AV_HWDEVICE_TYPE_NONE); type != AV_HWDEVICE_TYPE_NONE;
                    type = av_hwdevice_iterate_types(type)) {
                String name = av_hwdevice_get_type_name(type).getString();
                if (!PREFERRED.contains(name)) {
                    continue;
                }
                int deviceType = type;
                AVBufferRef context = new AVBufferRef(null);
                FfmpegLog.Captured created = FfmpegLog.probe(
                        () -> av_hwdevice_ctx_create(context, deviceType, (String) null, null, 0));
                if (created.status() < 0) {
                    failures.add(name + ": " + created.reason());
                } else {
                    devices.add(new Device(deviceType, name, context));
                }
            }
            found = new Found(List.copyOf(devices), List.copyOf(failures));
        }
        return found;
    }
}
