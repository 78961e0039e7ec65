package org.fiscalextract.exporter.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.exporter.ContractCsv;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class PackageValidatorTest {
    private static final Path CASES = Path.of("src/test/resources/cases/package-problems.tsv");

    @TempDir
    Path tmp;

    @Test
    void sampleFolderHasNoProblems() throws IOException {
        assertEquals(List.of(), PackageValidator.validate(SampleRun.packagedIn(tmp)));
    }

    @Test
    void sampleFolderWithoutDivisionsHasNoProblems() throws IOException {
        SampleRun.packagedIn(tmp);
        Files.delete(tmp.resolve("divisions.csv"));
        DataPackage.write(tmp);
        assertEquals(List.of(), PackageValidator.validate(tmp));
    }

    /** Each case of cases/package-problems.tsv breaks one thing and must get exactly its one problem. */
    @TestFactory
    Stream<DynamicTest> eachBrokenThingIsReported() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Path dir = tmp.resolve("case" + n++);
            tests.add(DynamicTest.dynamicTest(c[0], () -> {
                Files.createDirectories(dir);
                SampleRun.packagedIn(dir);
                edit(dir.resolve(c[1]), c[2].equals("-") ? 0 : Integer.parseInt(c[2]), c[3], c[4], c[5]);
                assertEquals(List.of(c[6]), strings(PackageValidator.validate(dir)));
            }));
        }
        return tests.stream();
    }

    /** The byte-order mark the CSV writers put first (for Excel) is not part of the first column's name. */
    @Test
    void byteOrderMarksAreAllowed() throws IOException {
        SampleRun.packagedIn(tmp);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, "*.csv")) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                byte[] marked = new byte[bytes.length + 3];
                marked[0] = (byte) 0xEF;
                marked[1] = (byte) 0xBB;
                marked[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, marked, 3, bytes.length);
                Files.write(file, marked);
            }
        }
        assertEquals(List.of(), PackageValidator.validate(tmp));
    }

    @Test
    void filesAndDescriptorMustAgree() throws IOException {
        SampleRun.packagedIn(tmp);
        Path comparison = tmp.resolve("comparison.csv");
        byte[] kept = Files.readAllBytes(comparison);
        Files.delete(comparison);
        Files.delete(tmp.resolve("projects.csv"));
        assertEquals(List.of("projects.csv: described in datapackage.json but not in the folder",
                "comparison.csv: described in datapackage.json but not in the folder"),
                strings(PackageValidator.validate(tmp)));
        DataPackage.write(tmp);
        Files.write(comparison, kept);
        assertEquals(List.of("comparison.csv: in the folder but not described in datapackage.json"),
                strings(PackageValidator.validate(tmp)));
        Files.delete(tmp.resolve(DataPackage.FILE_NAME));
        assertEquals(List.of("datapackage.json: the folder has no datapackage.json"),
                strings(PackageValidator.validate(tmp)));
    }

    @Test
    void aDescriptorThatIsNotJsonIsOneProblem() throws IOException {
        SampleRun.packagedIn(tmp);
        Path descriptor = tmp.resolve(DataPackage.FILE_NAME);
        Files.writeString(descriptor, Files.readString(descriptor).replaceFirst("\"resources\": \\[", "\"resources\": [,"));
        assertEquals(List.of("datapackage.json: cannot be used: line 6, column 17: a value expected (object, array,"
                + " string, number, true, false or null)"), strings(PackageValidator.validate(tmp)));
    }

    @Test
    void aTypeTheValidatorDoesNotKnowIsOneProblem() throws IOException {
        SampleRun.packagedIn(tmp);
        Path descriptor = tmp.resolve(DataPackage.FILE_NAME);
        Files.writeString(descriptor, Files.readString(descriptor).replace("\"type\": \"year\"", "\"type\": \"date\""));
        assertEquals(List.of("datapackage.json: cannot be used: resources[0].schema.fields[12] (fiscal_year):"
                + " type \"date\" is not one this validator checks (string, integer, number, year)"),
                strings(PackageValidator.validate(tmp)));
    }

    @Test
    void badBytesAndBrokenQuotesStopTheFileWithOneProblem() throws IOException {
        SampleRun.packagedIn(tmp);
        Path findings = tmp.resolve("findings.csv");
        Files.write(findings, concat(Files.readAllBytes(findings), new byte[] {'x', ',', (byte) 0xC3, '\r', '\n'}));
        Path projects = tmp.resolve("projects.csv");
        Files.writeString(projects, Files.readString(projects) + "a,\"unclosed\r\n");
        List<String> problems = strings(PackageValidator.validate(tmp));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("projects.csv: the file cannot be read as CSV after row 11 ("),
                problems::toString);
        assertTrue(problems.get(1).startsWith("findings.csv: the file is not valid UTF-8 somewhere after row "),
                problems::toString);
    }

    /** A wholly wrong column lists the first hundred problems and counts the rest. */
    @Test
    void problemsPerFileAreCapped() throws IOException {
        SampleRun.packagedIn(tmp);
        Path facts = tmp.resolve("facts.csv");
        List<List<String>> rows = rows(facts);
        int start = rows.get(0).indexOf("start");
        rows.subList(1, 151).forEach(r -> r.set(start, "x"));
        write(facts, rows);
        List<String> problems = strings(PackageValidator.validate(tmp));
        assertEquals(TableCheck.LISTED_PER_FILE + 1, problems.size());
        assertEquals("facts.csv: 50 more problems in this file, not listed (the first 100 are)",
                problems.get(problems.size() - 1));
    }

    private static List<String> strings(List<PackageValidator.Problem> problems) {
        return problems.stream().map(PackageValidator.Problem::toString).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Rewrites one CSV file with one change (see the head of package-problems.tsv). */
    private static void edit(Path file, int row, String column, String edit, String value) throws IOException {
        List<List<String>> rows = rows(file);
        int at = rows.get(0).indexOf(column);
        switch (edit) {
            case "set" -> rows.get(row - 1).set(at, value);
            case "drop" -> rows.forEach(r -> r.remove(at));
            case "extra" -> rows.get(row - 1).add(value);
            default -> throw new IllegalArgumentException("unknown edit " + edit);
        }
        write(file, rows);
    }

    /** The file's rows, header first, each a list that can be changed. */
    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = ContractCsv.parser(file)) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        return rows;
    }

    private static void write(Path file, List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecords(rows);
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
