package studio.coanchor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void theDefaultHashVerifiesItsPassword() {
        PasswordHash hash = PasswordHash.create("correct horse".toCharArray(), PasswordHash.DEFAULT_ITERATIONS,
                random);

        assertEquals(600_000, hash.iterations());
        assertTrue(hash.matches("correct horse".toCharArray()));
    }

    @Test
    void theWrittenFormNamesAlgorithmIterationsSaltAndHash() {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), 1000, random);

        String written = hash.encoded();

        assertTrue(written.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), written);
        PasswordHash read = PasswordHash.parse(written);
        assertTrue(read.matches("pw".toCharArray()));
        assertFalse(read.matches("pw ".toCharArray()));
        assertFalse(read.matches("Pw".toCharArray()));
        assertEquals(written, read.encoded());
        assertEquals("PasswordHash[pbkdf2-sha256, 1000 iterations]", read.toString());
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHash.create("pw".toCharArray(), 1000, random).encoded(),
                PasswordHash.create("pw".toCharArray(), 1000, random).encoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hunter2", "pbkdf2-sha256$1000$abc", "pbkdf2-sha1$1000$AAAAAAAAAAAAAAAAAAAAAA$x",
            "pbkdf2-sha256$10$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$1000$!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsRefusedWithoutQuotingIt(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(text));

        assertEquals("is not a password hash of the form pbkdf2-sha256$ITERATIONS$SALT$HASH; make one with"
                + " 'coanchor serve --hash-password'", error.getMessage());
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.create(new char[0], 1000, random));
    }
}
