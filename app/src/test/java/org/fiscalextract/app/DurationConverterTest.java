package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    @ParameterizedTest
    @CsvSource({"90,90000", "1.5,1500", "500ms,500", "30s,30000", "2m,120000", "1m30s,90000", "1h,3600000",
        "' 45S ',45000"})
    void readsSecondsAndUnits(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), new DurationConverter().convert(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "fast", "30 s", "-5", "2d", "1m 30s", "30s2", "0", "0ms"})
    void rejectsAnythingElse(String text) {
        assertThrows(TypeConversionException.class, () -> new DurationConverter().convert(text));
    }

    @ParameterizedTest
    @CsvSource({"100MB,104857600", "200KB,204800", "1GB,1073741824", "512,512"})
    void sizes(String text, long bytes) {
        assertEquals(bytes, new SizeConverter().convert(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"big", "MB", "0", "-1MB"})
    void badSizes(String text) {
        assertThrows(TypeConversionException.class, () -> new SizeConverter().convert(text));
    }
}
