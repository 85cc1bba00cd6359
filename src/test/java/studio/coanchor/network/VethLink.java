package studio.coanchor.network;

/**
 * One veth pair between this machine and the server host's namespace, with the faults the scenarios put on it: a
 * bandwidth cap on what this machine sends (a token bucket filter, as a slow home uplink) and a cut (the link goes
 * down; the server's end loses carrier and nothing passes either way).
 */
final class VethLink {
    /** The router's buffer in front of the cap: packets wait up to this long before they are dropped. */
    private static final String CAP_QUEUE = "200ms";
    private static final String CAP_BURST = "16kb";

    private final String hostSide;
    private final String hostAddress;
    private final String serverAddress;

    private VethLink(String hostSide, String hostAddress, String serverAddress) {
        this.hostSide = hostSide;
        this.hostAddress = hostAddress;
        this.serverAddress = serverAddress;
    }

    /** Creates the pair {@code hostSide}/{@code serverSide} on the /30 {@code prefix + base}, one end in {@code namespace}. */
    static VethLink create(String namespace, String hostSide, String serverSide, String prefix, int base) {
        String hostAddress = prefix + (base + 1);
        String serverAddress = prefix + (base + 2);
        HostCommand.run("ip", "link", "add", hostSide, "type", "veth", "peer", "name", serverSide);
        HostCommand.run("ip", "link", "set", serverSide, "netns", namespace);
        HostCommand.run("ip", "addr", "add", hostAddress + "/30", "dev", hostSide);
        HostCommand.run("ip", "link", "set", hostSide, "up");
        HostCommand.run("ip", "-n", namespace, "addr", "add", serverAddress + "/30", "dev", serverSide);
        HostCommand.run("ip", "-n", namespace, "link", "set", serverSide, "up");
        return new VethLink(hostSide, hostAddress, serverAddress);
    }

    String hostAddress() {
        return hostAddress;
    }

    String serverAddress() {
        return serverAddress;
    }

    /** Lets at most {@code kbps} through towards the server; what exceeds it waits in a short queue, then drops. */
    void capTowardsServer(int kbps) {
        HostCommand.run("tc", "qdisc", "replace", "dev", hostSide, "root", "tbf", "rate", kbps + "kbit", "burst",
                CAP_BURST, "latency", CAP_QUEUE);
    }

    void liftCap() {
        HostCommand.run("tc", "qdisc", "del", "dev", hostSide, "root");
    }

    void cut() {
        HostCommand.run("ip", "link", "set", hostSide, "down");
    }

    void restore() {
        HostCommand.run("ip", "link", "set", hostSide, "up");
    }
}
