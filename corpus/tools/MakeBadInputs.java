/*
 * MakeBadInputs: writes corpus/bad, one small file per kind of input a reader must survive:
 * empty, truncated, garbage, encrypted, image-only, zip bomb, slow to parse, too big, and the
 * debris a real folder holds (Word lock files, an HTML error page saved as .pdf).
 *
 * Run after MakeCorpus and the LibreOffice conversions (it cuts and encrypts their output):
 *   java -cp <extractor classpath> MakeBadInputs.java CORPUS_DIR SEEDS_DIR SCAN_IMAGE
 * SCAN_IMAGE is a JPEG of a rendered report page (make-corpus.sh makes it with pdftoppm).
 * encrypted.pdf and picture.png are made by make-corpus.sh with qpdf / pdftoppm.
 *
 * Random bytes come from fixed seeds and zip entries carry a fixed time, so a re-run writes the
 * same garbage and zip bomb.
 */

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

public class MakeBadInputs {
    static final String PASSWORD = "secret";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: MakeBadInputs CORPUS_DIR SEEDS_DIR SCAN_IMAGE");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        Path scanImage = Path.of(args[2]);
        Path bad = Files.createDirectories(corpus.resolve("bad"));
        Path reports = corpus.resolve("reports");
        Path docx = reports.resolve("004_8a99ebaca312e0ad.docx");
        Path pdf = reports.resolve("000_9988a41b680c0e1f.pdf");

        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("empty.pdf"), new byte[0]);
        Files.write(bad.resolve("truncated.docx"), firstPart(docx, 0.5));
        Files.write(bad.resolve("truncated.pdf"), firstPart(pdf, 0.4));
        Files.write(bad.resolve("not-a-zip.docx"), garbage(1, 2048));
        Files.write(bad.resolve("binary.txt"), garbage(2, 4096));
        Files.write(bad.resolve("unknown.dat"), garbage(3, 3000));
        Files.write(bad.resolve("~$temp.docx"), wordOwnerFile("fiscal"));
        Files.writeString(bad.resolve("download-error.pdf"), ERROR_PAGE, StandardCharsets.UTF_8);
        encryptDocx(reports.resolve("003_c9902219ec604704.docx"), bad.resolve("password.docx"));
        imageOnlyPdf(scanImage, bad.resolve("scanned.pdf"));
        zipBomb(bad.resolve("zipbomb.docx"), 110L * 1024 * 1024);
        slowPdf(bad.resolve("slow.pdf"), 1_500_000);
        oversizeText(seeds, bad.resolve("oversize.txt"), 300 * 1024);
    }

    /** The first fraction of a real file: a download or copy that stopped half way. */
    static byte[] firstPart(Path file, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return Arrays.copyOf(all, (int) (all.length * fraction));
    }

    /** Random bytes from a fixed seed; the first bytes are forced away from "PK"/"%P"/BOMs. */
    static byte[] garbage(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0x9C;   // starts no known signature
        bytes[1] = (byte) 0x13;
        return bytes;
    }

    /**
     * The "~$name.docx" owner file Word leaves next to an open document: 162 bytes holding the
     * user's name once as a length-prefixed ANSI string and once in UTF-16LE.
     */
    static byte[] wordOwnerFile(String user) {
        byte[] out = new byte[162];
        byte[] ansi = user.getBytes(StandardCharsets.US_ASCII);
        out[0] = (byte) ansi.length;
        System.arraycopy(ansi, 0, out, 1, ansi.length);
        out[54] = (byte) ansi.length;
        byte[] wide = user.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(wide, 0, out, 56, wide.length);
        return out;
    }

    /** What a site returns for a removed attachment, saved under the link's .pdf name. */
    static final String ERROR_PAGE = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>404 页面不存在</title></head>
        <body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p>
        <p><a href="/">返回首页</a></p></body></html>
        """;

    /** A real agile-encrypted OOXML package (what Word writes for "Encrypt with password"). */
    static void encryptDocx(Path source, Path out) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(source));   // the encrypted payload is the package's zip bytes
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
    }

    /** One A4 page that is only a picture of a page: what a scanner produces, no text layer. */
    static void imageOnlyPdf(Path image, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject scan = PDImageXObject.createFromFile(image.toString(), doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.getDocumentInformation().setProducer("Scan2PDF");
            Files.deleteIfExists(out);   // PDFBox warns when overwriting
            doc.save(out.toFile());
        }
    }

    /**
     * A well-formed .docx whose word/document.xml inflates to about inflatedBytes: the same
     * paragraph over and over, deflated at maximum compression (~900:1).
     */
    static void zipBomb(Path out, long inflatedBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            putEntry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""");
            putEntry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""");
            zip.putNextEntry(entry("word/document.xml"));
            Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            // long runs of spaces deflate near zlib's 1000:1 limit; short periodic XML only ~300:1
            String paragraph = "<w:p><w:r><w:t xml:space=\"preserve\">预算绩效管理工作情况说明。"
                + " ".repeat(16_000) + "</w:t></w:r></w:p>";
            long repeats = inflatedBytes / paragraph.getBytes(StandardCharsets.UTF_8).length;
            for (long i = 0; i < repeats; i++) w.write(paragraph);
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static final long ENTRY_TIME = 1_743_465_600_000L;   // 2025-04-01, not "now"

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        return e;
    }

    private static void putEntry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * A valid one-page PDF whose content stream is `ops` tiny text-show operators, each one
     * letter nudged 0.1pt right: PDFBox builds a text position per glyph, so parsing takes
     * seconds while the deflated stream, being repetitive, stays around 100 KB.
     */
    static void slowPdf(Path out, int ops) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /").append(font.getName()).append(" 4 Tf\n");
            for (int i = 0; i < ops; i++) {
                if (i % 100 == 0) content.append("1 0 0 1 40 ").append(800 - (i / 100) % 110 * 7).append(" Tm\n");
                content.append("0.1 0 Td (").append((char) ('a' + i % 10)).append(") Tj\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            doc.getDocumentInformation().setTitle("slow to parse");
            Files.deleteIfExists(out);
            doc.save(out.toFile());
        }
    }

    /** Ordinary report text (the seeds, over again) until it reaches minBytes, cut at a line end. */
    static void oversizeText(Path seeds, Path out, int minBytes) throws IOException {
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        fill:
        while (true) {
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    sb.append(line).append('\n');
                    bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    if (bytes >= minBytes) break fill;
                }
            }
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }
}
