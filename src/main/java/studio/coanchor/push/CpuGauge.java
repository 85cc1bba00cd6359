package studio.coanchor.push;

import java.lang.management.ManagementFactory;

/** CPU use of this process and of the whole machine, in percent of all cores. */
final class CpuGauge {
    private final com.sun.management.OperatingSystemMXBean os =
            ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);

    int process() {
        return percent(os.getProcessCpuLoad());
    }

    int system() {
        return percent(os.getCpuLoad());
    }

    private static int percent(double load) {
        return load < 0 ? 0 : (int) Math.round(load * 100);
    }
}
