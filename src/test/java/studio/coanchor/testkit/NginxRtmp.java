package studio.coanchor.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test fixture: nginx with the RTMP module on free loopback ports, with its own configuration, pid file, logs and
 * temporary folders in a folder of its own, running in the foreground as a child process (no root needed, no
 * daemon). Application {@code live} relays live streams; application {@code hls} also writes them as HLS, served over
 * HTTP under {@code /hls/}. When nginx or its RTMP module is missing it fails, saying what installs them.
 */
public final class NginxRtmp implements AutoCloseable {
    public static final Path MODULE = Path.of("/usr/lib/nginx/modules/ngx_rtmp_module.so");
    private static final String INSTALL = ".ci/run installs it (Debian packages nginx and libnginx-mod-rtmp)";
    private static final long START_MILLIS = 5_000;

    private final Path folder;
    private final int rtmpPort;
    private final int httpPort;
    private final Process process;

    private NginxRtmp(Path folder, int rtmpPort, int httpPort, Process process) {
        this.folder = folder;
        this.rtmpPort = rtmpPort;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Starts nginx and returns once its RTMP port accepts connections. */
    public static NginxRtmp start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(MODULE)) {
            throw new IllegalStateException("the nginx RTMP module " + MODULE + " is missing: " + INSTALL);
        }
        Path folder = Files.createTempDirectory("coanchor-nginx-");
        int rtmpPort = freePort();
        int httpPort = freePort();
        Files.createDirectories(folder.resolve("hls"));
        Files.writeString(folder.resolve("nginx.conf"), config(folder, rtmpPort, httpPort));
        Process process;
        try {
            process = new ProcessBuilder(executable(), "-p", folder.toString(), "-c", folder.resolve("nginx.conf")
                    .toString(), "-e", folder.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("console.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("nginx is not installed: " + INSTALL, e);
        }
        NginxRtmp nginx = new NginxRtmp(folder, rtmpPort, httpPort, process);
        nginx.awaitListening();
        return nginx;
    }

    /**
     * The configuration, with low latency in mind: a new player starts at a key frame and the sound waits for it
     * ({@code wait_key}, {@code wait_video}), so the first picture is clean and both tracks start together; audio and
     * video travel on their own chunk streams ({@code interleave off}) so neither waits for the other; a player asking
     * for a stream nobody publishes is turned away at once, and players are disconnected when the publisher leaves
     * ({@code idle_streams off}). HLS uses one-second fragments.
     */
    public static String config(Path folder, int rtmpPort, int httpPort) {
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
                        listen 127.0.0.1:%3$d;
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
                """.formatted(MODULE, folder, rtmpPort, httpPort);
    }

    /** {@code rtmp://127.0.0.1:PORT/APP}. */
    public String rtmpUrl(String app) {
        return "rtmp://127.0.0.1:" + rtmpPort + "/" + app;
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
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), rtmpPort)) {
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
