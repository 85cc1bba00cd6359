package studio.coanchor.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test fixture: nginx with the RTMP module on free loopback ports, with its own configuration, pid file, logs and
 * temporary folders in a folder of its own, running in the foreground as a child process (no root needed, no
 * daemon). Application {@code live} relays live streams; application {@code hls} also writes them as HLS, served over
 * HTTP under {@code /hls/}. When nginx or its RTMP module is missing it fails, saying what installs them. It can also
 * run inside a network namespace, on every address there, and be killed and started again as a crashed server is.
 */
public final class NginxRtmp implements AutoCloseable {
    public static final Path MODULE = Path.of("/usr/lib/nginx/modules/ngx_rtmp_module.so");
    private static final String INSTALL = ".ci/run installs it (Debian packages nginx and libnginx-mod-rtmp)";
    private static final long START_MILLIS = 5_000;

    private static final int NAMESPACE_RTMP_PORT = 1935;
    private static final int NAMESPACE_HTTP_PORT = 8080;

    private final Path folder;
    private final List<String> launcher;
    private final String host;
    private final int rtmpPort;
    private final int httpPort;
    private Process process;

    private NginxRtmp(Path folder, List<String> launcher, String host, int rtmpPort, int httpPort) {
        this.folder = folder;
        this.launcher = launcher;
        this.host = host;
        this.rtmpPort = rtmpPort;
        this.httpPort = httpPort;
    }

    /** Starts nginx on loopback and returns once its RTMP port accepts connections. */
    public static NginxRtmp start() throws IOException, InterruptedException {
        int rtmpPort = freePort();
        return start(List.of(), "127.0.0.1", "127.0.0.1:" + rtmpPort, rtmpPort, freePort());
    }

    /**
     * Starts nginx through {@code launcher} ({@code ip netns exec NAME}), listening on port 1935 of every address it
     * has there; returns once {@code address} accepts connections on it.
     */
    public static NginxRtmp startIn(List<String> launcher, String address) throws IOException, InterruptedException {
        return start(launcher, address, String.valueOf(NAMESPACE_RTMP_PORT), NAMESPACE_RTMP_PORT, NAMESPACE_HTTP_PORT);
    }

    private static NginxRtmp start(List<String> launcher, String host, String rtmpListen, int rtmpPort, int httpPort)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(MODULE)) {
            throw new IllegalStateException("the nginx RTMP module " + MODULE + " is missing: " + INSTALL);
        }
        Path folder = Files.createTempDirectory("coanchor-nginx-");
        Files.createDirectories(folder.resolve("hls"));
        Files.writeString(folder.resolve("nginx.conf"), config(folder, rtmpListen, httpPort));
        NginxRtmp nginx = new NginxRtmp(folder, List.copyOf(launcher), host, rtmpPort, httpPort);
        nginx.launch();
        return nginx;
    }

    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(executable(), "-p", folder.toString(), "-c", folder.resolve("nginx.conf").toString(),
                "-e", folder.resolve("error.log").toString()));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("console.log").toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("nginx is not installed: " + INSTALL, e);
        }
        awaitListening();
    }

    /** The process id, for signals such as SIGSTOP. */
    public long pid() {
        return process.pid();
    }

    /** Kills nginx as a crash would, with no goodbye to anyone connected, then starts it again on the same port. */
    public void restart() throws IOException, InterruptedException {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        launch();
    }

    /**
     * The configuration, with low latency in mind: a new player starts at a key frame and the sound waits for it
     * ({@code wait_key}, {@code wait_video}), so the first picture is clean and both tracks start together; audio and
     * video travel on their own chunk streams ({@code interleave off}) so neither waits for the other; a player asking
     * for a stream nobody publishes is turned away at once, and players are disconnected when the publisher leaves
     * ({@code idle_streams off}). HLS uses one-second fragments.
     */
    public static String config(Path folder, String rtmpListen, int httpPort) {
        return """
                load_module %1$s;
                daemon off;
                master_process off;
                worker_processes 1;
                pid %2$s/nginx.pid;
                error_log %2$s/error.log info;
                events { worker_connections 256; }
                rtmp {
                    server {
                        listen %3$s;
                        chunk_size 4096;
                        application live {
                            live on;
                            wait_key on;
                            wait_video on;
                            interleave off;
                            idle_streams off;
                            drop_idle_publisher 10s;
                        }
                        application hls {
                            live on;
                            idle_streams off;
                            hls on;
                            hls_path %2$s/hls;
                            hls_fragment 1s;
                            hls_playlist_length 4s;
                        }
                    }
                }
                http {
                    access_log off;
                    client_body_temp_path %2$s/client_body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    server {
                        listen 127.0.0.1:%4$d;
                        location /hls/ {
                            types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }
                            root %2$s;
                            add_header Cache-Control no-cache;
                        }
                    }
                }
                """.formatted(MODULE, folder, rtmpListen, httpPort);
    }

    /** {@code rtmp://127.0.0.1:PORT/APP}, or at the namespace's address it was started for. */
    public String rtmpUrl(String app) {
        return rtmpUrl(host, app);
    }

    /** The same server through another of the addresses it listens on. */
    public String rtmpUrl(String address, String app) {
        return "rtmp://" + address + ":" + rtmpPort + "/" + app;
    }

    /** The HLS playlist of a stream pushed to the {@code hls} application. */
    public String hlsUrl(String stream) {
        return "http://127.0.0.1:" + httpPort + "/hls/" + stream + ".m3u8";
    }

    /** Whether nginx has written the first fragments of {@code stream}'s playlist. */
    public boolean hlsReady(String stream) throws IOException {
        Path playlist = folder.resolve("hls").resolve(stream + ".m3u8");
        return Files.isRegularFile(playlist) && Files.readString(playlist).contains(".ts");
    }

    private static String executable() {
        Path system = Path.of("/usr/sbin/nginx");
        return Files.isExecutable(system) ? system.toString() : "nginx";
    }

    private void awaitListening() throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < end) {
            if (!process.isAlive()) {
                String log = Files.readString(folder.resolve("console.log")) + errorLog();
                close();
                throw new IllegalStateException("nginx exited at start (code " + process.exitValue() + "): " + log);
            }
            try (Socket probe = new Socket(InetAddress.getByName(host), rtmpPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        String log = errorLog();
        close();
        throw new IllegalStateException("nginx did not listen on port " + rtmpPort + " within " + START_MILLIS
                + " ms: " + log);
    }

    private String errorLog() throws IOException {
        Path log = folder.resolve("error.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
