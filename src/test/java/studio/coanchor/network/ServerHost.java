package studio.coanchor.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test host for the network scenarios: a Linux network namespace of its own, which this machine reaches through two
 * veth links, the anchor's {@link #uplink()}, where faults go, and the viewers' {@link #downlink()}, left clean. Its
 * addresses are a random /24 in 10.0.0.0/8 that this machine does not route yet. Building one needs root; without it
 * this fails, saying so.
 */
final class ServerHost implements AutoCloseable {
    private final String name;
    private final String id;
    private final String prefix;
    private final VethLink uplink;
    private final VethLink downlink;

    private ServerHost(String name, String id, String prefix, VethLink uplink, VethLink downlink) {
        this.name = name;
        this.id = id;
        this.prefix = prefix;
        this.uplink = uplink;
        this.downlink = downlink;
    }

    static ServerHost create() {
        requireRoot();
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        String id = HexFormat.of().formatHex(random).substring(0, 5);
        String name = "coanchor-" + id;
        String prefix = unusedPrefix();
        HostCommand.run("ip", "netns", "add", name);
        try {
            HostCommand.run("ip", "-n", name, "link", "set", "lo", "up");
            VethLink uplink = VethLink.create(name, "cu" + id + "h", "cu" + id + "s", prefix, 0);
            VethLink downlink = VethLink.create(name, "cd" + id + "h", "cd" + id + "s", prefix, 4);
            return new ServerHost(name, id, prefix, uplink, downlink);
        } catch (RuntimeException e) {
            HostCommand.run("ip", "netns", "del", name);
            throw e;
        }
    }

    private static void requireRoot() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        Object uid;
        try {
            uid = linux ? Files.getAttribute(Path.of("/proc/self"), "unix:uid") : -1;
        } catch (IOException | UnsupportedOperationException e) {
            uid = -1;
        }
        if (!Integer.valueOf(0).equals(uid)) {
            throw new IllegalStateException("the network scenarios build their test hosts from Linux network"
                    + " namespaces, which needs root on Linux; this runs as uid " + uid + " on "
                    + System.getProperty("os.name") + ". Run the tests as root, as .ci/run does in CI");
        }
    }

    private static String unusedPrefix() {
        String routes = HostCommand.output("ip", "-4", "route", "show", "table", "all");
        for (int attempt = 0; attempt < 20; attempt++) {
            String prefix = "10." + ThreadLocalRandom.current().nextInt(100, 250) + "."
                    + ThreadLocalRandom.current().nextInt(0, 256) + ".";
            if (!routes.contains(prefix)) {
                return prefix;
            }
        }
        throw new IllegalStateException("found no free /24 in 10.0.0.0/8 for a test host");
    }

    VethLink uplink() {
        return uplink;
    }

    VethLink downlink() {
        return downlink;
    }

    /** {@code ip netns exec NAME}: runs a command inside the host. */
    List<String> launcher() {
        return List.of("ip", "netns", "exec", name);
    }

    /** A name for another interface of this host's, {@code tag} being one letter. */
    String interfaceName(char tag, char side) {
        return "c" + tag + id + side;
    }

    /** The {@code index}-th address of this host's /24 ({@code 8} and up are free for more links). */
    String address(int index) {
        return prefix + index;
    }

    /** Deletes the namespace, and with it every interface that has an end inside. */
    @Override
    public void close() {
        HostCommand.run("ip", "netns", "del", name);
    }
}
