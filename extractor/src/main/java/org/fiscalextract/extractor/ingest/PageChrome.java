package org.fiscalextract.extractor.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
        try (InputStream in = PageChrome.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
