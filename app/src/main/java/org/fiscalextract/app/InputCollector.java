package org.fiscalextract.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the INPUT arguments into the list of files to read: folders searched recursively
 * (symbolic links followed, loops skipped), hidden files and folders skipped, each folder's
 * files sorted by path so every run lists them in the same order. A file reached twice (named
 * twice, or through a link) is listed once.
 */
final class InputCollector {
    private static final Comparator<List<String>> BY_PATH = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final GlobFilter filter;
    private final Path outputFolder;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param outputFolder never searched, so a run over "." does not read its own earlier output;
     *                     null for none
     */
    InputCollector(GlobFilter filter, Path outputFolder) {
        this.filter = filter;
        this.outputFolder = outputFolder == null ? null : identity(outputFolder);
    }

    /** Inputs must exist (the command checks that first, to report a usage error). */
    List<InputFile> collect(List<String> inputs) {
        List<InputFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            List<InputFile> found = Files.isDirectory(path) ? walk(path, displayName(input)) : single(path, input);
            for (InputFile file : found) {
                if (seen.add(identity(file.path()))) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** Folders that could not be searched, in words; the run is then incomplete. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private List<InputFile> single(Path path, String input) {
        if (!Files.isRegularFile(path)) {
            problems.add(input + ": not a regular file or folder; skipped");
            return List.of();
        }
        return List.of(new InputFile(path, displayName(input)));
    }

    private List<InputFile> walk(Path root, String rootName) {
        record Found(List<String> relative, Path path) {
        }
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            boolean skip = hidden(dir) || !filter.entersFolder(relative(root, dir))
                                    || identity(dir).equals(outputFolder);
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // not regular: dangling links, pipes and devices, which would block a reader
                            if (attrs.isRegularFile() && !hidden(file)) {
                                List<String> relative = relative(root, file);
                                if (filter.acceptsFile(relative)) {
                                    found.add(new Found(relative, file));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            searchFailed(root, rootName, file, e);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                visitFileFailed(dir, e);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(rootName + ": could not be searched (" + reason(e) + ")");
        }
        found.sort(Comparator.comparing(Found::relative, BY_PATH));
        List<InputFile> files = new ArrayList<>(found.size());
        for (Found f : found) {
            files.add(new InputFile(f.path(), join(rootName, f.relative())));
        }
        return files;
    }

    /** A folder or file under {@code root} that could not be read: a problem in words; a link loop is none. */
    void searchFailed(Path root, String rootName, Path file, IOException e) {
        if (!(e instanceof FileSystemLoopException)) {
            problems.add(join(rootName, relative(root, file)) + ": could not be searched (" + reason(e)
                    + "); its files are missing from the output");
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path); // also the Windows hidden attribute
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> relative(Path root, Path path) {
        List<String> names = new ArrayList<>();
        for (Path name : root.relativize(path)) {
            names.add(name.toString());
        }
        return names;
    }

    private static String join(String rootName, List<String> relative) {
        String joined = String.join("/", relative);
        if (joined.isEmpty()) {
            return rootName;
        }
        return rootName.endsWith("/") ? rootName + joined : rootName + "/" + joined;
    }

    /** The INPUT as typed, with forward slashes and no trailing slash (kept for the root "/"). */
    static String displayName(String input) {
        String name = File.separatorChar == '\\' ? input.replace('\\', '/') : input;
        while (name.length() > 1 && name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
