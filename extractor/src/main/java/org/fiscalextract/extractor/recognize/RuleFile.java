package org.fiscalextract.extractor.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads a dimension's rules from a data file under this package's resources. Format, one item
 * per line ({@code #} starts a comment line):
 * <pre>
 * {{name}} = regex          a fragment; {{name}} in later lines (and in rule files that
 *                           include this one) is replaced by (?:regex)
 * include common.rules      the fragments of another file
 * rule.name&lt;TAB&gt;regex        a rule, tried in file order
 * </pre>
 * Patterns are compiled with UNICODE_CHARACTER_CLASS, so \s matches U+3000 too.
 */
public final class RuleFile {
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}\\s*=\\s*(.+)");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}");

    private final List<Rule> rules;
    private final Map<String, String> fragments;

    private RuleFile(List<Rule> rules, Map<String, String> fragments) {
        this.rules = List.copyOf(rules);
        this.fragments = Map.copyOf(fragments);
    }

    public static RuleFile load(String resource) {
        Map<String, String> fragments = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        read(resource, fragments, rules);
        return new RuleFile(rules, fragments);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule with this name; the file must have it. */
    public Rule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule " + name));
    }

    /** A fragment compiled on its own, for code that needs it (e.g. a unit list). */
    public Pattern fragment(String name) {
        String regex = fragments.get(name);
        if (regex == null) {
            throw new IllegalStateException("no fragment {{" + name + "}}");
        }
        return compile(regex, name);
    }

    private static void read(String resource, Map<String, String> fragments, List<Rule> rules) {
        List<String> lines = lines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = resource + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("include ")) {
                read(line.substring("include ".length()).trim(), fragments, new ArrayList<>());
                continue;
            }
            Matcher fragment = FRAGMENT.matcher(line);
            if (fragment.matches()) {
                String regex = expand(fragment.group(2).trim(), fragments, where);
                compile(regex, where);
                fragments.put(fragment.group(1), regex);
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(where + ": expected 'name<TAB>regex' or '{{name}} = regex'");
            }
            String regex = expand(line.substring(tab + 1).trim(), fragments, where);
            rules.add(new Rule(line.substring(0, tab).trim(), compile(regex, where)));
        }
    }

    private static String expand(String regex, Map<String, String> fragments, String where) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = fragments.get(m.group(1));
            if (body == null) {
                throw new IllegalStateException(where + ": unknown fragment {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad pattern (" + e.getDescription() + ")", e);
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
