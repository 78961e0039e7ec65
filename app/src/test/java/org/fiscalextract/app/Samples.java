package org.fiscalextract.app;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small input files made on the spot: reports as UTF-8 and GBK text, and inputs that must fail. */
final class Samples {
    static final String REPORT = """
            攀枝花市东区财政局2024年度部门整体支出绩效自评报告
            一、部门基本情况
            2024年度部门预算收入合计1302.76万元，其中：一般公共预算拨款1250.00万元，其他收入52.76万元。
            二、绩效目标完成情况
            预算执行率为95.24%，自评得分92分，评价等级为"优"。
            """;

    private Samples() {
    }

    static Path utf8(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path gbk(Path file, String text) throws IOException {
        return write(file, text.getBytes(Charset.forName("GBK")));
    }

    static Path empty(Path file) throws IOException {
        return write(file, new byte[0]);
    }

    /** Random bytes with NULs, named .txt: the reader must say it is not text. */
    static Path binary(Path file, long seed) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = 0;
        }
        return write(file, bytes);
    }

    /** A report whose text differs from the others, so it gets its own doc_id. */
    static String report(String county) {
        return REPORT.replace("东区", county);
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }
}
