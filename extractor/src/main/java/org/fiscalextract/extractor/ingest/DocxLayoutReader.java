package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.fiscalextract.extractor.ingest.WordTableLayout.Cell;
import org.fiscalextract.extractor.ingest.WordTableLayout.Row;
import org.fiscalextract.extractor.ingest.WordTableLayout.VerticalMerge;

/**
 * Reads the layout (w:gridBefore, w:gridSpan, w:vMerge) of every top-level table in a .docx's
 * main part, in document order, streaming the XML so large files cost little.
 */
final class DocxLayoutReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Zip bombs are refused by Tika before we get here; this only bounds our own read. */
    private static final long MAX_PART_BYTES = 512L * 1024 * 1024;

    /** One per thread: finding the factory searches the class path, and not every factory is thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    });

    private DocxLayoutReader() {
    }

    static List<WordTableLayout> read(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry part = zip.getEntry("word/document.xml");
            if (part == null || part.getSize() > MAX_PART_BYTES) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(part)) {
                return read(in);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot read table layout: " + e.getMessage(), e);
        }
    }

    static List<WordTableLayout> read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.get().createXMLStreamReader(in);
        List<WordTableLayout> tables = new ArrayList<>();
        List<Row> rows = null;
        List<Cell> cells = null;
        int gridBefore = 0;
        int gridSpan = 1;
        VerticalMerge merge = VerticalMerge.NONE;
        int tableDepth = 0;
        int fallbackDepth = 0;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (MC.equals(ns) && name.equals("Fallback") || fallbackDepth > 0) {
                        fallbackDepth++; // the same content is in mc:Choice; count it once
                        continue;
                    }
                    if (!W.equals(ns)) {
                        continue;
                    }
                    switch (name) {
                        case "tbl" -> {
                            tableDepth++;
                            if (tableDepth == 1) {
                                rows = new ArrayList<>();
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1) {
                                cells = new ArrayList<>();
                                gridBefore = 0;
                            }
                        }
                        case "gridBefore" -> {
                            if (tableDepth == 1) {
                                gridBefore = intValue(xml, 0);
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1) {
                                gridSpan = 1;
                                merge = VerticalMerge.NONE;
                            }
                        }
                        case "gridSpan" -> {
                            if (tableDepth == 1) {
                                gridSpan = Math.max(1, intValue(xml, 1));
                            }
                        }
                        case "vMerge" -> {
                            if (tableDepth == 1) {
                                String val = xml.getAttributeValue(W, "val");
                                merge = "restart".equals(val) ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (fallbackDepth > 0) {
                        fallbackDepth--;
                        continue;
                    }
                    if (!W.equals(xml.getNamespaceURI())) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "tbl" -> {
                            if (tableDepth == 1 && rows != null) {
                                tables.add(new WordTableLayout(rows));
                                rows = null;
                            }
                            tableDepth--;
                        }
                        case "tr" -> {
                            if (tableDepth == 1 && rows != null && cells != null) {
                                rows.add(new Row(gridBefore, cells));
                                cells = null;
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1 && cells != null) {
                                cells.add(new Cell(gridSpan, merge));
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return tables;
    }

    private static int intValue(XMLStreamReader xml, int fallback) {
        String val = xml.getAttributeValue(W, "val");
        if (val == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(val.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
