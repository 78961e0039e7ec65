package org.fiscalextract.app;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --include} and {@code --exclude} globs, matched against a path relative to the INPUT
 * folder ({@code 2024/四川省/report.pdf}). Case is ignored: published files end in .PDF as often
 * as .pdf. A glob without a slash matches the name at any depth ({@code *.pdf}), and a leading
 * {@code **}{@code /} also matches no folder at all, so {@code **}{@code /*.pdf} finds top-level files too.
 */
final class GlobFilter {
    private final List<Glob> includes;
    private final List<Glob> excludes;

    /** @throws IllegalArgumentException naming the glob that is not valid */
    GlobFilter(List<String> includes, List<String> excludes) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
    }

    static GlobFilter all() {
        return new GlobFilter(List.of(), List.of());
    }

    /** True when a file at this relative path is to be read. */
    boolean acceptsFile(List<String> relative) {
        if (matchesAny(excludes, relative)) {
            return false;
        }
        return includes.isEmpty() || matchesAny(includes, relative);
    }

    /** True when a folder at this relative path is to be searched (only --exclude prunes folders). */
    boolean entersFolder(List<String> relative) {
        return !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<Glob> globs, List<String> relative) {
        for (Glob glob : globs) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private static List<Glob> compile(List<String> patterns) {
        List<Glob> globs = new ArrayList<>();
        for (String pattern : patterns) {
            globs.add(new Glob(pattern));
        }
        return List.copyOf(globs);
    }

    private static final class Glob {
        private final boolean nameOnly;
        private final PathMatcher matcher;
        private final PathMatcher withoutLeadingFolders;

        Glob(String pattern) {
            String glob = pattern.replace('\\', '/').toLowerCase(Locale.ROOT);
            while (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            if (glob.isEmpty()) {
                throw new IllegalArgumentException("empty glob");
            }
            nameOnly = !glob.contains("/");
            FileSystem fs = FileSystems.getDefault();
            try {
                matcher = fs.getPathMatcher("glob:" + glob);
                withoutLeadingFolders = glob.startsWith("**/") ? fs.getPathMatcher("glob:" + glob.substring(3)) : null;
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + pattern + "' is not a valid glob: " + e.getDescription());
            }
        }

        boolean matches(List<String> relative) {
            if (relative.isEmpty()) {
                return false;
            }
            if (nameOnly) {
                return matcher.matches(Path.of(lower(relative.get(relative.size() - 1))));
            }
            Path path = Path.of(lower(relative.get(0)), relative.subList(1, relative.size()).stream()
                    .map(GlobFilter::lower).toArray(String[]::new));
            return matcher.matches(path) || withoutLeadingFolders != null && withoutLeadingFolders.matches(path);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
