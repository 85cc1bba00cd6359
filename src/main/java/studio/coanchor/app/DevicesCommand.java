package studio.coanchor.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Lists cameras, microphones, screens and the H.264 encoders that open on this machine.")
final class DevicesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        DeviceReport.print(System.out);
        return 0;
    }
}
