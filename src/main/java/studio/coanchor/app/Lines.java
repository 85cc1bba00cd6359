package studio.coanchor.app;

import java.io.PrintStream;

/** Whole output lines from many threads onto one stream, never interleaved. */
record Lines(PrintStream out) {
    void print(String line) {
        synchronized (out) {
            out.println(line);
        }
    }
}
