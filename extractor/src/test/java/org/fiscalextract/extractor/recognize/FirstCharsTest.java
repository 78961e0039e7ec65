package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong first-character set would silently lose matches: it is read only where it is sure. */
class FirstCharsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "(?=[0-9])x ~ 5 ~ true", "(?=[0-9])x ~ x ~ false",
            "(?m)(?=[一二])x ~ 二 ~ true", "(?m)(?=[一二])x ~ 三 ~ false",
            "(?<num>(?:(?=[a-c])x)) ~ b ~ true", "(?<num>(?:(?=[a-c])x)) ~ d ~ false",
            "(?=[\\[（])x ~ [ ~ true", "(?=[\\[（])x ~ （ ~ true", "(?=[\\[（])x ~ ( ~ false",
            // an alternative or an optional group may start the match elsewhere: any character
            "(?:(?=[0-9])a|b) ~ b ~ true", "(?=[0-9])a|b ~ b ~ true", "(?:(?=[0-9])a)?b ~ b ~ true",
            "(?:(?=[0-9])a){0,2}b ~ b ~ true", "(?<![x])(?=[0-9])a ~ b ~ true", "(?=[\\d])a ~ b ~ true",
            "(?=[^0-9])a ~ b ~ true", "x ~ y ~ true",
    })
    void readsTheLeadingLookahead(String regex, char c, boolean may) {
        assertEquals(may, FirstChars.of(Pattern.compile(regex)).mayStart(c), regex + " / " + c);
    }
}
