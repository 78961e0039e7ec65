package org.fiscalextract.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.fiscalextract.model.document.ReadStatus;

/**
 * One line on a terminal, redrawn in place ({@code \r}) at most ten times a second:
 * {@code [=========>          ]  128/400  23.5 docs/s  ok 120  partial 3  failed 5}.
 * Workers only bump counters; a timer thread draws, so a fast run is not slowed by printing.
 */
final class ProgressBar implements BatchRunner.Progress, AutoCloseable {
    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_MILLIS = 100;

    private final PrintWriter err;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger partial = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ScheduledExecutorService timer;
    private String shown = "";
    private boolean closed;

    private ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fiscal-extract-progress");
            t.setDaemon(true);
            return t;
        });
    }

    static ProgressBar start(PrintWriter err, int total) {
        ProgressBar bar = new ProgressBar(err, total);
        bar.timer.scheduleAtFixedRate(bar::draw, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        return bar;
    }

    @Override
    public void fileDone(ReadStatus status) {
        switch (status) {
            case OK -> ok.incrementAndGet();
            case PARTIAL -> partial.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String line = render(total, ok.get(), partial.get(), failed.get(), seconds);
        if (!line.equals(shown)) {
            // pad with spaces so a shorter line fully covers the one before
            err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
            err.flush();
            shown = line;
        }
    }

    static String render(int total, int ok, int partial, int failed, double seconds) {
        int done = ok + partial + failed;
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
        double rate = seconds > 0 ? done / seconds : 0;
        return String.format(Locale.ROOT, "[%s] %d/%d  %.1f docs/s  ok %d  partial %d  failed %d",
                bar, done, total, rate, ok, partial, failed);
    }

    /** Stops drawing and clears the line, so the summary starts on a clean line. */
    @Override
    public synchronized void close() {
        closed = true;
        timer.shutdownNow();
        if (!shown.isEmpty()) {
            err.print("\r" + " ".repeat(shown.length()) + "\r");
            err.flush();
            shown = "";
        }
    }
}
