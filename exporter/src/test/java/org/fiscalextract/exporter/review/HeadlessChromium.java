package org.fiscalextract.exporter.review;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chromium run headless on one local page, as a test needs it: the DOM after the page's
 * scripts ran ({@code --dump-dom}), every console message, optionally a screenshot. Each run has
 * a fresh profile and home directory, no network features, and a time limit after which the
 * browser and every process it started are killed.
 *
 * <p>Console messages are read from the browser's own log ({@code --enable-logging=stderr}),
 * where Chromium 156 writes each one as {@code INFO:CONSOLE:1] "message", source: …} whatever
 * its level, so {@code console.log} and an uncaught error look alike: the review page writes
 * nothing to the console, and any message counts.
 */
final class HeadlessChromium {
    static final Path DEBIAN = Path.of("/usr/bin/chromium");
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[(:]");

    /** @param console the console messages, one log line each */
    record PageLoad(String dom, List<String> console, String log) {
    }

    private final Path executable;
    private final Duration timeLimit;

    HeadlessChromium(Path executable, Duration timeLimit) {
        this.executable = executable;
        this.timeLimit = timeLimit;
    }

    /** Loads {@code page} (a file: address); with a {@code screenshot} path, also saves a 1280×2000 PNG there. */
    PageLoad load(URI page, Path screenshot) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("fiscal-extract-chromium");
        try {
            Path dom = work.resolve("dom.html");
            Path log = work.resolve("chromium.log");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + Files.createDirectory(work.resolve("profile")),
                    "--enable-logging=stderr", "--v=0", "--window-size=1280,2000", "--dump-dom"));
            if (screenshot != null) {
                command.add("--screenshot=" + screenshot.toAbsolutePath());
            }
            command.add(page.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile());
            // the wrapper script and the crash handler write under HOME: keep them in the temporary folder
            Path home = Files.createDirectory(work.resolve("home"));
            Map<String, String> env = builder.environment();
            env.put("HOME", home.toString());
            env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
            int exit = run(builder.start());
            String logText = Files.readString(log, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IOException(executable + " exited with " + exit + ":\n" + logText);
            }
            List<String> console = logText.lines().filter(line -> CONSOLE.matcher(line).find()).toList();
            return new PageLoad(Files.readString(dom, StandardCharsets.UTF_8), console, logText);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Waits for the browser within the time limit, noting the processes it starts as it goes, so
     * that none outlives the run even after the browser itself has exited.
     */
    private int run(Process browser) throws IOException, InterruptedException {
        browser.getOutputStream().close();
        Set<ProcessHandle> started = new LinkedHashSet<>();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try {
            while (!browser.waitFor(100, TimeUnit.MILLISECONDS)) {
                browser.descendants().forEach(started::add);
                if (System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not finish within " + timeLimit.toSeconds() + " s; killed");
                }
            }
            return browser.exitValue();
        } finally {
            browser.descendants().forEach(started::add);
            browser.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
            browser.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
