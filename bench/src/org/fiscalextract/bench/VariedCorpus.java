package org.fiscalextract.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A corpus of N different files made from the sample reports: each copy gets bytes of its own
 * that no reader shows (a zip comment, a PDF comment after %%EOF, an HTML comment, a trailing
 * line), so no two have the same content and none is read once for several.
 */
final class VariedCorpus {
    private static final List<String> VARIABLE = List.of("docx", "xlsx", "pdf", "txt", "html");

    private VariedCorpus() {
    }

    /** {@code n} files in {@code dir} (made once, reused when there); only of {@code format} when not null. */
    static List<Path> make(Path samples, Path dir, int n, String format) throws IOException {
        if (Files.isDirectory(dir) && Benchmark.filesIn(dir).size() == n) {
            return Benchmark.filesIn(dir);
        }
        Files.createDirectories(dir);
        for (Path old : Benchmark.filesIn(dir)) {
            Files.delete(old);
        }
        List<Path> sources = Benchmark.filesIn(samples).stream()
                .filter(p -> VARIABLE.contains(extension(p)) && (format == null || extension(p).equals(format)))
                .filter(VariedCorpus::isWhatItsNameSays)
                .toList();
        for (int i = 0; i < n; i++) {
            Path source = sources.get(i % sources.size());
            String name = String.format(Locale.ROOT, "%06d-%s", i, source.getFileName());
            Files.write(dir.resolve(name), varied(Files.readAllBytes(source), extension(source), i));
        }
        return Benchmark.filesIn(dir);
    }

    private static byte[] varied(byte[] bytes, String extension, int i) throws IOException {
        String mark = "fiscal-extract benchmark copy " + i;
        return switch (extension) {
            case "docx", "xlsx" -> withZipComment(bytes, mark);
            case "pdf" -> concat(bytes, ("\n%" + mark + "\n").getBytes(StandardCharsets.US_ASCII));
            case "html" -> concat(bytes, ("\n<!-- " + mark + " -->\n").getBytes(StandardCharsets.UTF_8));
            default -> concat(bytes, ("\n" + i + "\n").getBytes(utf16le(bytes) ? StandardCharsets.UTF_16LE
                    : StandardCharsets.UTF_8)); // a UTF-8 line would turn a UTF-16 text into binary data
        };
    }

    private static boolean utf16le(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe;
    }

    /**
     * A .doc named .docx cannot take a zip comment: copies of it would all fail to read and
     * measure nothing but failing; it stays out.
     */
    private static boolean isWhatItsNameSays(Path p) {
        if (!extension(p).equals("docx") && !extension(p).equals("xlsx")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] withZipComment(byte[] zip, String comment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 64);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.setComment(comment);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
