package org.fiscalextract.extractor.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.fiscalextract.extractor.data.DataFile;
import org.xml.sax.Attributes;

/**
 * Recognises a web page's site chrome (banner, breadcrumb, footer) by the class and id tokens
 * listed in {@code html-chrome.txt}, so only the published document's text is kept.
 */
final class PageChrome {
    static final PageChrome NONE = new PageChrome(Set.of());
    static final PageChrome WEB = new PageChrome(load("html-chrome.txt"));

    private final Set<String> tokens;

    private PageChrome(Set<String> tokens) {
        this.tokens = tokens;
    }

    boolean marks(Attributes atts) {
        if (tokens.isEmpty()) {
            return false;
        }
        return hasToken(atts.getValue("class")) || hasToken(atts.getValue("id"));
    }

    private boolean hasToken(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        for (String token : value.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (tokens.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        return DataFile.table(PageChrome.class, resource).lines().stream()
                .map(line -> line.text().trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
