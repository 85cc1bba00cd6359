package studio.coanchor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"500ms, 500", "30s, 30000", "2m, 120000", "1h, 3600000", "45, 45000", "3S, 3000", "0, 0"})
    void readsEveryUnit(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), converter.convert(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "1.5s", "-3s", "10d", "s", "30 s"})
    void rejectsWhatItCannotRead(String text) {
        TypeConversionException error = assertThrows(TypeConversionException.class, () -> converter.convert(text));
        assertEquals(true, error.getMessage().contains("'" + text + "'"), error.getMessage());
    }
}
