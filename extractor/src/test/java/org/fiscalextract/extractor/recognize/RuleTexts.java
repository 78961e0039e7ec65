package org.fiscalextract.extractor.recognize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.model.document.Block;

/** The rule files, and texts to check readings of their regexes against: the recognizer cases and the corpus. */
final class RuleTexts {
    static final List<String> RULE_FILES = List.of("not-quantities.rules", "money.rules", "percent.rules",
            "score.rules", "grade.rules", "count.rules", "measure.rules");

    private RuleTexts() {
    }

    static List<String> all() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases/recognize"))) {
            for (Path tsv : files.sorted().toList()) {
                for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#")) {
                        texts.add(line.split("\t", 2)[0]);
                    }
                }
            }
        }
        // full-width digits and ideographic spaces, which the rules' \\d and \\s also match
        texts.addAll(List.of("项目预算１２３．４５万元，执行率９８％，自评得分９５分，共３个项目。",
                "\u3000\u30001. 资金到位率100%\u3000得分\u300090分", "2023年１２月３１日，电话０８２５－１２３４５６７"));
        try (Stream<Path> files = Files.list(Path.of("../corpus/reports"))) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(txt);
                if (bytes.length > 2 && (bytes[0] & 0xff) != 0xff) { // UTF-8 (a UTF-16 copy says the same)
                    texts.addAll(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        texts.addAll(corpusBlocks());
        return texts;
    }

    /** The paragraphs and cells of every corpus document, as the pipeline hands them to the recognizers. */
    static List<String> corpusBlocks() throws IOException {
        List<String> texts = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../corpus/reports"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (DocumentReader reader = new DocumentReader(ReaderConfig.defaults())) {
            for (Path file : files) {
                reader.read(file, file.getFileName().toString()).document().ifPresent(doc -> {
                    for (Block block : doc.blocks()) {
                        texts.add(doc.text(block));
                    }
                });
            }
        }
        return texts;
    }
}
