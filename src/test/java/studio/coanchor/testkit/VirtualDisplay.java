package studio.coanchor.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An X display for screen-capture tests: the session's own when {@code DISPLAY} is set, otherwise a private Xvfb
 * server on the first free display number, stopped on {@link #close()}.
 */
public final class VirtualDisplay implements AutoCloseable {
    private final String name;
    private final Process server;

    private VirtualDisplay(String name, Process server) {
        this.name = name;
        this.server = server;
    }

    public static VirtualDisplay open() throws IOException, InterruptedException {
        String session = System.getenv("DISPLAY");
        if (session != null && !session.isBlank()) {
            return new VirtualDisplay(session, null);
        }
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x720x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no X display and no Xvfb to start one: install the xvfb package (.ci/run does)", e);
        }
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> firstLine(xvfb));
        try {
            return new VirtualDisplay(":" + number.get(10, TimeUnit.SECONDS).trim(), xvfb);
        } catch (ExecutionException | TimeoutException e) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb did not report its display within 10 s", e);
        }
    }

    private static String firstLine(Process process) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.US_ASCII));
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("Xvfb exited with " + process.waitFor());
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The display's name, such as {@code :1}. */
    public String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }
}
