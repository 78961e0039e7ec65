package org.fiscalextract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.sun.management.GcInfo;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.fiscalextract.app.FiscalExtractCommand;

import picocli.CommandLine;

/**
 * On the same files in one process: (a) Tika's own parse to plain text, set as fiscal-extract
 * sets it (SAX .docx path, no OCR, no inline images), and (b) a whole {@code extract} (reading,
 * facts, checks, the CSV files), with 1 and 2 threads; then docs/s, MB/s, the ratio (b)/(a) and
 * the peak heap of each. Each measurement runs twice and the second is reported, after the JIT
 * has compiled the code once.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus/reports");
        Path work = Path.of(args.length > 1 ? args[1] : "bench/target/work");
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 2 ? args[2] : "100,1000").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        System.out.printf(Locale.ROOT, "%s, %d processors, max heap %d MB, Java %s%n", corpus,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        System.out.println("set\tdocs\tMB\tthreads\ttika docs/s\ttika MB/s\textract docs/s\textract MB/s"
                + "\tratio\ttika peak heap MB\textract peak heap MB\textract retained heap MB (median)"
                + "\textract retained heap MB (most)");
        String formats = args.length > 3 ? args[3] : "docx,pdf,txt,html,xlsx";
        for (String format : formats.equals("none") ? List.<String>of() : List.of(formats.split(","))) {
            measure(format, VariedCorpus.make(corpus, work.resolve(format), 100, format));
        }
        for (int size : sizes) {
            measure("all", VariedCorpus.make(corpus, work.resolve("all-" + size), size, null));
        }
    }

    private static void measure(String set, List<Path> files) throws Exception {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double mb = bytes / 1e6;
        for (int threads : List.of(1, 2)) {
            Timing tika = null;
            Timing extract = null;
            for (int round = 0; round < 2; round++) {
                tika = time(() -> tikaOnly(files, threads));
                extract = time(() -> extract(files.get(0).getParent(), out(files), threads));
            }
            Retained retained = retainedHeap(() -> extract(files.get(0).getParent(), out(files), threads));
            System.out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%d\t%.1f\t%.2f\t%.1f\t%.2f\t%.2f\t%d\t%d\t%d\t%d%n", set,
                    files.size(), mb, threads, files.size() / tika.seconds, mb / tika.seconds,
                    files.size() / extract.seconds, mb / extract.seconds, tika.seconds / extract.seconds,
                    tika.peakHeapMb, extract.peakHeapMb, retained.medianMb, retained.mostMb);
        }
    }

    private static Path out(List<Path> files) {
        Path in = files.get(0).getParent();
        return in.resolveSibling(in.getFileName() + "-out");
    }

    /** Seconds taken; peak heap in use (garbage included). */
    private record Timing(double seconds, long peakHeapMb) {
    }

    /** Heap in use right after the forced full collections of one run: their median and the most. */
    private record Retained(long medianMb, long mostMb) {
    }

    /**
     * What a run keeps, not its garbage: the heap in use right after a full collection, forced
     * every second during one more, untimed, run. The median is what the run holds throughout;
     * the most also catches the moment a large document is in hand. (Heap after the collector's
     * own young collections counts old garbage not yet collected, and grows with a run's length.)
     */
    private static Retained retainedHeap(Work work) throws Exception {
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                System.gc();
                samples.add(heapAfterLastCollection() >> 20);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "retained-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            running.set(false);
            sampler.interrupt();
            sampler.join();
        }
        List<Long> sorted = samples.stream().sorted().toList();
        return sorted.isEmpty() ? new Retained(0, 0)
                : new Retained(sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    /**
     * The heap left by the latest collection, as the collector reported it: read after the fact,
     * heap in use would count what the workers allocated while this thread waited for a core.
     */
    private static long heapAfterLastCollection() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        GcInfo latest = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            GcInfo info = gc instanceof com.sun.management.GarbageCollectorMXBean sun ? sun.getLastGcInfo() : null;
            if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                latest = info;
            }
        }
        if (latest == null) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return latest.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Timing time(Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        return new Timing(seconds, peak);
    }

    private static void tikaOnly(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> parse(parser, file)));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int parse(AutoDetectParser parser, Path file) {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file, new Metadata())) {
            parser.parse(in, text, new Metadata(), context());
        } catch (Exception | LinkageError e) {
            return 0; // a file Tika cannot read costs what it cost
        }
        return text.toString().length();
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static void extract(Path in, Path out, int threads) {
        CommandLine command = new CommandLine(new FiscalExtractCommand());
        command.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        int code = command.execute("extract", in.toString(), "--out",
                out.toString(), "--threads", Integer.toString(threads), "--format", "csv", "--force",
                "--no-progress");
        if (code > 1) {
            throw new IllegalStateException("extract failed with exit code " + code);
        }
    }

    static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
