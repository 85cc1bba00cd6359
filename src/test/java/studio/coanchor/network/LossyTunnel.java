package studio.coanchor.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second path to the server host on which packets towards the server are lost and delayed, for the kernels that
 * have no {@code netem}: a VXLAN tunnel carried over the uplink, whose datagrams towards the server pass through a
 * {@link TunnelRelay} process inside the namespace. What the server sends back takes the tunnel directly, as on a
 * link that is bad in one direction. Each end of the tunnel has its own address on a /30 of the host.
 */
final class LossyTunnel implements AutoCloseable {
    private static final int TUNNEL_ID = 42;
    private static final int MTU = 1400;
    private static final int SERVER_VXLAN_PORT = 4789;
    private static final int RELAY_PORT = 4790;
    private static final Pattern COUNTS = Pattern.compile("forwarded=(\\d+) dropped=(\\d+)");

    private final ServerHost host;
    private final String hostSide;
    private final String serverSide;
    private final Process relay;
    private volatile String lastCounts = "forwarded=0 dropped=0";
    private final Thread reader;

    private LossyTunnel(ServerHost host, String hostSide, String serverSide, Process relay, BufferedReader output) {
        this.host = host;
        this.hostSide = hostSide;
        this.serverSide = serverSide;
        this.relay = relay;
        this.reader = new Thread(() -> follow(output), "test-tunnel-relay");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a tunnel to {@code host} that loses {@code lossPercent} of what goes to the server and delays the rest. */
    static LossyTunnel open(ServerHost host, double lossPercent, int delayMillis) throws IOException {
        String hostSide = host.interfaceName('x', 'h');
        String serverSide = host.interfaceName('x', 's');
        VethLink underlay = host.uplink();
        int hostPort;
        try (DatagramSocket probe = new DatagramSocket()) {
            hostPort = probe.getLocalPort();
        }
        HostCommand.run("ip", "link", "add", hostSide, "type", "vxlan", "id", String.valueOf(TUNNEL_ID), "dstport",
                String.valueOf(hostPort), "local", underlay.hostAddress(), "nolearning");
        HostCommand.run("ip", "link", "set", hostSide, "mtu", String.valueOf(MTU), "up");
        HostCommand.run("ip", "addr", "add", host.address(9) + "/30", "dev", hostSide);
        HostCommand.run("bridge", "fdb", "append", "00:00:00:00:00:00", "dev", hostSide, "dst",
                underlay.serverAddress(), "port", String.valueOf(RELAY_PORT));
        List<String> inside = host.launcher();
        HostCommand.run(with(inside, "ip", "link", "add", serverSide, "type", "vxlan", "id",
                String.valueOf(TUNNEL_ID), "dstport", String.valueOf(SERVER_VXLAN_PORT), "nolearning"));
        HostCommand.run(with(inside, "ip", "link", "set", serverSide, "mtu", String.valueOf(MTU), "up"));
        HostCommand.run(with(inside, "ip", "addr", "add", host.address(10) + "/30", "dev", serverSide));
        HostCommand.run(with(inside, "bridge", "fdb", "append", "00:00:00:00:00:00", "dev", serverSide, "dst",
                underlay.hostAddress(), "port", String.valueOf(hostPort)));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process relay = new ProcessBuilder(with(inside, java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                TunnelRelay.class.getName(), underlay.serverAddress(), String.valueOf(RELAY_PORT),
                String.valueOf(SERVER_VXLAN_PORT), String.valueOf(lossPercent), String.valueOf(delayMillis), "7"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(relay.getInputStream(),
                StandardCharsets.UTF_8));
        String first = output.readLine();
        if (!"ready".equals(first)) {
            relay.destroyForcibly();
            HostCommand.run("ip", "link", "del", hostSide);
            throw new IllegalStateException("the tunnel relay did not start: " + first);
        }
        return new LossyTunnel(host, hostSide, serverSide, relay, output);
    }

    private static List<String> with(List<String> launcher, String... command) {
        List<String> whole = new ArrayList<>(launcher);
        whole.addAll(List.of(command));
        return whole;
    }

    private void follow(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                lastCounts = line;
            }
        } catch (IOException ended) {
            // the relay was stopped
        }
    }

    /** The server's end of the tunnel. */
    String serverAddress() {
        return host.address(10);
    }

    long forwarded() {
        return count(1);
    }

    long dropped() {
        return count(2);
    }

    private long count(int group) {
        Matcher matcher = COUNTS.matcher(lastCounts);
        return matcher.matches() ? Long.parseLong(matcher.group(group)) : 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        relay.getOutputStream().close();
        if (!relay.waitFor(5, TimeUnit.SECONDS)) {
            relay.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        reader.join(5_000);
        HostCommand.run("ip", "link", "del", hostSide);
        HostCommand.run(with(host.launcher(), "ip", "link", "del", serverSide));
    }
}
