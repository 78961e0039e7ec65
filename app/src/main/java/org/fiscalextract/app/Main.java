package org.fiscalextract.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

/** Entry point of the {@code fiscal-extract} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // PDFBox touches AWT for fonts; without this a desktop JVM may open a window or dock icon
        System.setProperty("java.awt.headless", "true");
        if (Arrays.asList(args).contains("--debug")) {
            // read once when the first logger is made, so it must be set before any library loads
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        PrintWriter out = writer(System.out, "stdout.encoding");
        PrintWriter err = writer(System.err, "stderr.encoding");
        int exitCode = FiscalExtractCommand.newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Paths and messages are Chinese: write them in the console's encoding, not ASCII. */
    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty, System.getProperty("sun." + encodingProperty));
        Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
