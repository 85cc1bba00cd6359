package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every refused command line must look like: exit code 2 and one line naming the option and the value. */
final class OneLineError {
    private OneLineError() {
    }

    static void assertRefused(int exitCode, String message, String option, String value) {
        assertEquals(2, exitCode, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(option), message);
        assertTrue(message.contains(value), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
    }
}
