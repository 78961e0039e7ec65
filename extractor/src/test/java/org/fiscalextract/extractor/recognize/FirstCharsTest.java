package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A first-character set too small would silently lose matches: it must hold every start, and may hold more. */
class FirstCharsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            // literals, classes, alternatives
            "x ~ x ~ true", "x ~ y ~ false", "ab|cd ~ c ~ true", "ab|cd ~ b ~ false",
            "[a-c]z ~ b ~ true", "[a-c]z ~ z ~ false", "\\d+元 ~ 7 ~ true", "\\d+元 ~ 元 ~ false",
            "\\s?x ~ x ~ true", "\\sx ~ x ~ false", "\\.5 ~ . ~ true", "\\u4e07 ~ 万 ~ true", "\\u4e07 ~ 亿 ~ false",
            // optional parts let what follows start the match
            "a?b ~ b ~ true", "a*b ~ b ~ true", "a{0,2}b ~ b ~ true", "a{1,2}b ~ b ~ false", "a+?b ~ b ~ false",
            "(?:a|)b ~ b ~ true", "(?:a|c)b ~ b ~ false", "(?<n>ab)?c ~ c ~ true",
            // zero-width parts start nothing; a leading lookahead narrows what follows
            "(?<![x])a ~ a ~ true", "(?<![x])a ~ x ~ false", "(?=[0-9])(?<![0-9])\\d ~ 5 ~ true",
            "(?=[12])\\d ~ 3 ~ false", "(?m)(?=[一二])[一二三] ~ 三 ~ false", "(?m)^\\s{0,2}[-—] ~ — ~ true",
            "(?m)^\\s{0,2}[-—] ~ x ~ false", "(?<num>(?:(?=[a-c])[a-z])) ~ b ~ true",
            "(?<num>(?:(?=[a-c])[a-z])) ~ d ~ false", "(?=[\\[（])[\\[（(] ~ ( ~ false", "(?!x)[xy] ~ x ~ true",
            "a(?=b) ~ a ~ true", "a(?=b) ~ b ~ false",
            // what the reading does not follow: any character
            "\\p{IsHan}x ~ y ~ true", "[^0-9]a ~ b ~ true", "[\\p{IsHan}&&[^至]]x ~ q ~ true", ". ~ q ~ true",
            "(?i)a ~ B ~ true", "\\w ~ q ~ true", "(a)\\1 ~ q ~ false", "(?:\\D|b) ~ q ~ true",
            "(?=[^0-9])a ~ a ~ true", "(?=[^0-9])a ~ b ~ false",
    })
    void readsTheCharactersAMatchStartsWith(String regex, char c, boolean may) {
        assertEquals(may, FirstChars.of(Pattern.compile(regex)).mayStart(c), regex + " / " + c);
    }

    /** The rule files compile with UNICODE_CHARACTER_CLASS: \\d and \\s then take full-width digits and U+3000. */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "\\d+元 ~ ５ ~ true", "\\d+元 ~ 5 ~ true", "\\d+元 ~ 元 ~ false", "[\\d.]x ~ ９ ~ true",
            "\\s?x ~ '\u3000' ~ true", "[\\s]x ~ '\u3000' ~ true", "[0-9]x ~ ５ ~ false",
    })
    void followsTheUnicodeCharacterClassFlag(String regex, char c, boolean may) {
        assertEquals(may, FirstChars.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)).mayStart(c),
                regex + " / " + c);
    }

    /** Every match every rule finds in the corpus texts and the recognizer cases starts with a character of its set. */
    @Test
    void holdsTheStartOfEveryMatchOfEveryRule() throws IOException {
        List<String> texts = RuleTexts.all();
        int checked = 0;
        for (String file : RuleTexts.RULE_FILES) {
            for (Rule rule : RuleFile.load(file).rules()) {
                FirstChars first = FirstChars.of(rule.pattern());
                for (String text : texts) {
                    Matcher m = rule.pattern().matcher(text);
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            checked++;
                            assertTrue(first.mayStart(text.charAt(m.start())), rule.name() + " matches "
                                    + m.group() + " in: " + text);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 3_000, "too few matches to say anything: " + checked);
    }
}
