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

/** Saying "no match here" where there is one would silently lose it: every match must be let through, others may be. */
class NeededCharsTest {

    /** regex ~ text ~ where the try starts ~ where its region ends ~ whether a match may start there. */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            // a needed character, reached over characters the rule can hold
            "\\d+元 ~ 123元 ~ 0 ~ 4 ~ true", "\\d+元 ~ 123元 ~ 1 ~ 4 ~ true", "\\d+元 ~ 123年 ~ 0 ~ 4 ~ false",
            "\\d+元 ~ 123 ~ 0 ~ 3 ~ false", "\\d+元 ~ 12年3元 ~ 0 ~ 5 ~ false", "\\d+元 ~ 12年3元 ~ 3 ~ 5 ~ true",
            "\\d+万?元 ~ 5万元 ~ 0 ~ 3 ~ true", "\\d+万?元 ~ 5千元 ~ 0 ~ 3 ~ false",
            // the needed character must come before the region's end
            "\\d+元 ~ 123元 ~ 0 ~ 3 ~ false", "\\d+元 ~ 1元 ~ 0 ~ 2 ~ true",
            // alternatives need one of their characters each; an optional part or an empty one needs nothing
            "\\d+(?:元|%) ~ 5% ~ 0 ~ 2 ~ true", "\\d+(?:元|%) ~ 5年 ~ 0 ~ 2 ~ false", "\\d+(?:元|) ~ 5年 ~ 0 ~ 2 ~ true",
            "\\d+元? ~ 5年 ~ 0 ~ 2 ~ true", "\\d+(?:元){0,2} ~ 5年 ~ 0 ~ 2 ~ true", "\\d(?:元){1,2} ~ 5年 ~ 0 ~ 2 ~ false",
            // of the characters a rule needs, ones no match starts with, then the fewest: a digit would let every number through
            "[0-9]{2}\\s?元 ~ 12 元 ~ 0 ~ 4 ~ true", "[0-9]{2}\\s?元 ~ 12 年 ~ 0 ~ 4 ~ false",
            "[0-9]{3}\\s[0-9]{2} ~ 123 45 ~ 0 ~ 6 ~ true", "[0-9]{3}\\s[0-9]{2} ~ 123x45 ~ 0 ~ 6 ~ false",
            "(?:19|20)[0-9]{2}(?:年度|年) ~ 2023年 ~ 0 ~ 5 ~ true", "(?:19|20)[0-9]{2}(?:年度|年) ~ 2023.5 ~ 0 ~ 6 ~ false",
            // a match is no shorter than the rule's shortest, all of characters the rule can hold
            "[0-9]{15,}+ ~ 123456789012345 ~ 0 ~ 15 ~ true", "[0-9]{15,}+ ~ 12345 ~ 0 ~ 5 ~ false",
            "[0-9]{15,}+ ~ 12345年6789012345 ~ 0 ~ 16 ~ false", "[0-9]{3}元 ~ 123元 ~ 0 ~ 4 ~ true",
            "[0-9]{3}元 ~ 12元x ~ 0 ~ 4 ~ false", "[0-9]{3}元 ~ 123元 ~ 0 ~ 3 ~ false", "a?[0-9]{2}元 ~ 1元 ~ 0 ~ 2 ~ false",
            "(?=[0-9]{3})[0-9]元 ~ 1元 ~ 0 ~ 2 ~ true", "\\d\\w{2}元 ~ 1元 ~ 0 ~ 2 ~ true",
            // lookarounds consume nothing: what they see is neither needed nor held
            "\\d+(?=元) ~ 5元 ~ 0 ~ 2 ~ true", "(?=\\d+元)\\d ~ 5年 ~ 0 ~ 2 ~ true", "\\d(?<=元)元 ~ 5元 ~ 0 ~ 2 ~ true",
            "(?=[0-9])(?<![0-9])\\d+元 ~ 5x元 ~ 0 ~ 3 ~ false",
            // what the reading does not follow holds any character, or needs nothing
            "\\d+.元 ~ 5千元 ~ 0 ~ 3 ~ true", "[^年]+元 ~ 5千元 ~ 0 ~ 3 ~ true", "\\d\\p{IsHan}元 ~ 5千元 ~ 0 ~ 3 ~ true",
            "\\d\\w元 ~ 5千元 ~ 0 ~ 3 ~ true", "(?i)a ~ b ~ 0 ~ 1 ~ true", "(?<n>\\d)\\k<n> ~ 11 ~ 0 ~ 2 ~ true",
            "\\x41 ~ A ~ 0 ~ 1 ~ true", "\\Q元\\E ~ 5 ~ 0 ~ 1 ~ true", "(a)\\1元 ~ aa元 ~ 0 ~ 3 ~ true",
            "(a)\\1元 ~ aa年 ~ 0 ~ 3 ~ false", "(a)\\1 ~ aa ~ 0 ~ 2 ~ true",
    })
    void letsThroughOnlyWhereAMatchMayStart(String regex, String text, int from, int end, boolean may) {
        NeededChars needed = NeededChars.of(Pattern.compile(regex));
        assertEquals(may, needed.reaches(text, from, needed.stop(text, from), end), regex + " / " + text + " @" + from);
    }

    /** The rule files compile with UNICODE_CHARACTER_CLASS: \\d and \\s then take full-width digits and U+3000. */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "\\d+元 ~ ５元 ~ true", "\\d+元 ~ ５年 ~ false", "\\d\\s元 ~ '5\u3000元' ~ true", "[0-9]\\s?元 ~ ５元 ~ false",
    })
    void followsTheUnicodeCharacterClassFlag(String regex, String text, boolean may) {
        Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        NeededChars needed = NeededChars.of(pattern);
        assertEquals(may, needed.reaches(text, 0, needed.stop(text, 0), text.length()), regex + " / " + text);
    }

    /** A walk from any position up to where one stopped stops there too: callers walk again only past it. */
    @Test
    void stopsWhereAWalkFromEarlierStopped() {
        NeededChars needed = NeededChars.of(Pattern.compile("\\d+万?元"));
        String text = "12万元和3年、45万个 6元";
        for (int p = 0; p < text.length(); p++) {
            int stop = needed.stop(text, p);
            for (int q = p; q <= stop && q < text.length(); q++) {
                assertEquals(stop, needed.stop(text, q), p + " / " + q);
            }
        }
    }

    /**
     * Every match of every rule, at every position a recognizer tries it (its first characters),
     * in the corpus texts and the recognizer cases, is let through: by walks over the text in
     * increasing positions, as the recognizers make them, with the region ending where the match does.
     */
    @Test
    void letsThroughEveryMatchOfEveryRule() throws IOException {
        List<String> texts = RuleTexts.all();
        int checked = 0;
        int skipped = 0;
        for (String file : RuleTexts.RULE_FILES) {
            for (Rule rule : RuleFile.load(file).rules()) {
                FirstChars first = FirstChars.of(rule.pattern());
                NeededChars needed = NeededChars.of(rule.pattern());
                for (String text : texts) {
                    Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    int stop = -1;
                    for (int p = 0; p < text.length(); p++) {
                        if (!first.mayStart(text.charAt(p))) {
                            continue;
                        }
                        stop = p > stop ? needed.stop(text, p) : stop;
                        m.region(p, text.length());
                        if (m.lookingAt()) {
                            checked++;
                            assertTrue(needed.reaches(text, p, stop, m.end()), rule.name() + " matches " + m.group()
                                    + " at " + p + " in: " + text);
                        } else if (!needed.reaches(text, p, stop, text.length())) {
                            skipped++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 3_000, "too few matches to say anything: " + checked);
        assertTrue(skipped > checked, "the needed characters let almost every try through: " + skipped);
    }
}
