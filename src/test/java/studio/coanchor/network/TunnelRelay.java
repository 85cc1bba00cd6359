package studio.coanchor.network;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * The lossy middle of a {@link LossyTunnel}, run as a process of its own inside the server host's namespace (a socket
 * belongs to the namespace of the process that opens it). Receives the tunnel's UDP datagrams, drops a share of them
 * at random and hands the rest to the namespace's VXLAN port after a fixed delay, as a lossy, distant link would.
 * Prints {@code ready} once listening, then {@code forwarded=N dropped=M} every second; ends when its standard input
 * closes.
 *
 * <p>Arguments: listen address, listen port, VXLAN port, loss in percent, delay in ms, random seed.
 */
public final class TunnelRelay {
    private static final int VXLAN_HEADER = 8;
    private static final int ETHERNET_HEADER = 14;
    private static final int IPV4 = 0x0800;
    private static final int TCP = 6;

    private TunnelRelay() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        InetSocketAddress listen = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        InetSocketAddress vxlan = new InetSocketAddress("127.0.0.1", Integer.parseInt(args[2]));
        double loss = Double.parseDouble(args[3]) / 100;
        long delayNanos = Long.parseLong(args[4]) * 1_000_000L;
        Random random = new Random(Long.parseLong(args[5]));
        DelayQueue<Held> held = new DelayQueue<>();
        try (DatagramSocket in = new DatagramSocket(listen); DatagramSocket out = new DatagramSocket()) {
            daemon("relay-send", () -> {
                while (true) {
                    Held next = held.take();
                    out.send(new DatagramPacket(next.data(), next.data().length, vxlan));
                }
            });
            daemon("relay-stdin", () -> {
                while (System.in.read() >= 0) {
                    // the test that started this relay is still there
                }
                System.exit(0);
            });
            System.out.println("ready");
            System.out.flush();
            byte[] buffer = new byte[65_536];
            long forwarded = 0;
            long dropped = 0;
            long lastReport = System.nanoTime();
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                in.receive(packet);
                if (random.nextDouble() < loss) {
                    dropped++;
                } else {
                    byte[] data = Arrays.copyOf(packet.getData(), packet.getLength());
                    completeTcpChecksum(data);
                    held.add(new Held(data, System.nanoTime() + delayNanos));
                    forwarded++;
                }
                if (System.nanoTime() - lastReport >= 1_000_000_000L) {
                    lastReport = System.nanoTime();
                    System.out.println("forwarded=" + forwarded + " dropped=" + dropped);
                    System.out.flush();
                }
            }
        }
    }

    /**
     * The sending kernel leaves the inner TCP checksum for the network card to finish (checksum offload), and a card
     * never sees a frame that is handed to a socket; without this the server's kernel drops every segment.
     */
    static void completeTcpChecksum(byte[] frame) {
        int ip = VXLAN_HEADER + ETHERNET_HEADER;
        if (frame.length < ip + 20 || u16(frame, ip - 2) != IPV4 || (frame[ip + 9] & 0xff) != TCP) {
            return;
        }
        int ipHeader = (frame[ip] & 0x0f) * 4;
        int tcp = ip + ipHeader;
        int tcpLength = u16(frame, ip + 2) - ipHeader;
        if (tcpLength < 20 || tcp + tcpLength > frame.length) {
            return;
        }
        frame[tcp + 16] = 0;
        frame[tcp + 17] = 0;
        long sum = TCP + tcpLength;
        for (int i = 0; i < 8; i += 2) {
            sum += u16(frame, ip + 12 + i);
        }
        for (int i = 0; i + 1 < tcpLength; i += 2) {
            sum += u16(frame, tcp + i);
        }
        if (tcpLength % 2 == 1) {
            sum += (frame[tcp + tcpLength - 1] & 0xff) << 8;
        }
        while (sum >> 16 != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        int checksum = (int) (~sum & 0xffff);
        frame[tcp + 16] = (byte) (checksum >> 8);
        frame[tcp + 17] = (byte) checksum;
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
    }

    private static void daemon(String name, Task task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (IOException | InterruptedException e) {
                System.err.println(name + " stopped: " + e);
                System.exit(1);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private interface Task {
        void run() throws IOException, InterruptedException;
    }

    private record Held(byte[] data, long dueNanos) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Held) other).dueNanos);
        }
    }
}
