/*
 * TimeParse: how long Apache Tika's AutoDetectParser takes on one file, as the reader will run
 * it. Tika is initialised first on a tiny text, so the figures are parse time only:
 * "first" is the first parse of the file in this JVM (cold JIT for its format), "again" a
 * second parse of the same file.
 *   java -cp <extractor classpath> TimeParse.java FILE
 */

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public class TimeParse {
    public static void main(String[] args) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        parse(parser, new ByteArrayInputStream("warm up".getBytes(StandardCharsets.UTF_8)));
        Path file = Path.of(args[0]);
        double first = timed(parser, file);
        double again = timed(parser, file);
        System.out.printf("%s: first parse %.1f s, again %.1f s%n", file.getFileName(), first, again);
    }

    private static double timed(AutoDetectParser parser, Path file) throws Exception {
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            parse(parser, in);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static int parse(AutoDetectParser parser, InputStream in) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        parser.parse(in, text, new Metadata(), new ParseContext());
        return text.toString().length();
    }
}
