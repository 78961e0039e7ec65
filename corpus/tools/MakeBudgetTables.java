/*
 * MakeBudgetTables: writes corpus/reports/budget-tables.xlsx, standard department budget tables
 * with known contents, laid out as county and district budget disclosures publish them: a caption,
 * an 编制部门 / 单位 line, two-line headers with merged cells, 功能分类 codes in 类/款/项 columns,
 * a 合计 row; one table in 元 and one in 万元. The 支出 figures are those of a published 2026
 * district bureau budget (public data); the 三公 figures are made up to add up. Excel stores every
 * number as a double; the two-decimal values written here survive that exactly as displayed.
 *
 * Run:  java -cp <extractor classpath> MakeBudgetTables.java CORPUS_DIR
 */

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class MakeBudgetTables {
    /** 类, 款, 项, name, then the amounts of the row. */
    private static final List<String[]> FUNCTIONS = List.of(
            new String[]{"204", "", "", "公共安全支出", "87267272.44", "16726725.44", "70540547.00"},
            new String[]{"204", "06", "", "司法", "87267272.44", "16726725.44", "70540547.00"},
            new String[]{"204", "06", "01", "行政运行", "16726725.44", "16726725.44", "0.00"},
            new String[]{"204", "06", "04", "基层司法业务", "21703947.00", "0.00", "21703947.00"},
            new String[]{"204", "06", "05", "普法宣传", "1242900.00", "0.00", "1242900.00"},
            new String[]{"204", "06", "07", "公共法律服务", "6860000.00", "0.00", "6860000.00"},
            new String[]{"204", "06", "13", "信息化建设", "2278800.00", "0.00", "2278800.00"},
            new String[]{"204", "06", "99", "其他司法支出", "38454900.00", "0.00", "38454900.00"},
            new String[]{"208", "", "", "社会保障和就业支出", "3343704.00", "3343704.00", "0.00"},
            new String[]{"208", "05", "", "行政事业单位养老支出", "3343704.00", "3343704.00", "0.00"},
            new String[]{"208", "05", "01", "行政单位离退休", "578040.00", "578040.00", "0.00"},
            new String[]{"208", "05", "05", "机关事业单位基本养老保险缴费支出", "1839485.00", "1839485.00", "0.00"},
            new String[]{"208", "05", "06", "机关事业单位职业年金缴费支出", "919739.00", "919739.00", "0.00"},
            new String[]{"208", "05", "99", "其他行政事业单位养老支出", "6440.00", "6440.00", "0.00"},
            new String[]{"210", "", "", "卫生健康支出", "1149678.00", "1149678.00", "0.00"},
            new String[]{"210", "11", "", "行政事业单位医疗", "1149678.00", "1149678.00", "0.00"},
            new String[]{"210", "11", "01", "行政单位医疗", "1149678.00", "1149678.00", "0.00"},
            new String[]{"221", "", "", "住房保障支出", "4521559.00", "4521559.00", "0.00"},
            new String[]{"221", "02", "", "住房改革支出", "4521559.00", "4521559.00", "0.00"},
            new String[]{"221", "02", "01", "住房公积金", "2087959.00", "2087959.00", "0.00"},
            new String[]{"221", "02", "03", "购房补贴", "2433600.00", "2433600.00", "0.00"});

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final XSSFCellStyle text;
    private final XSSFCellStyle number;
    /** A number without borders, for the table printed without ruling lines. */
    private final XSSFCellStyle plainNumber;

    MakeBudgetTables() {
        text = book.createCellStyle();
        number = book.createCellStyle();
        for (XSSFCellStyle s : List.of(text, number)) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        number.setAlignment(HorizontalAlignment.RIGHT);
        number.setDataFormat(book.createDataFormat().getFormat("0.00"));
        plainNumber = book.createCellStyle();
        plainNumber.setAlignment(HorizontalAlignment.RIGHT);
        plainNumber.setDataFormat(book.createDataFormat().getFormat("0.00"));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0], "reports", "budget-tables.xlsx");
        MakeBudgetTables maker = new MakeBudgetTables();
        maker.expenditure();
        maker.threePublic();
        maker.economic();
        maker.unruledIncome();
        try (OutputStream o = Files.newOutputStream(out)) {
            maker.book.write(o);
        }
        System.out.println("wrote " + out);
    }

    /** 支出预算总表 in 元: codes in 类/款/项 under a merged 功能分类科目编码, a 合计 row. */
    private void expenditure() {
        XSSFSheet sheet = book.createSheet("部门支出预算总表");
        title(sheet, 0, "2026年部门支出预算总表", 7);
        line(sheet, 1, "编制部门：上海市普陀区司法局", "单位：元", 7);
        XSSFRow h1 = sheet.createRow(2);
        XSSFRow h2 = sheet.createRow(3);
        XSSFRow h3 = sheet.createRow(4);
        cell(h1, 0, "项目");
        cell(h1, 4, "支出预算");
        merge(sheet, 2, 2, 0, 3);
        merge(sheet, 2, 2, 4, 6);
        cell(h2, 0, "功能分类科目编码");
        merge(sheet, 3, 3, 0, 2);
        cell(h2, 3, "功能分类科目名称");
        merge(sheet, 3, 4, 3, 3);
        String[] amounts = {"合计", "基本支出", "项目支出"};
        for (int i = 0; i < amounts.length; i++) {
            cell(h2, 4 + i, amounts[i]);
            merge(sheet, 3, 4, 4 + i, 4 + i);
        }
        cell(h3, 0, "类");
        cell(h3, 1, "款");
        cell(h3, 2, "项");
        int r = 5;
        for (String[] f : FUNCTIONS) {
            XSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < 4; c++) {
                cell(row, c, f[c]);
            }
            for (int c = 4; c < 7; c++) {
                amount(row, c, f[c]);
            }
        }
        XSSFRow total = sheet.createRow(r);
        cell(total, 0, "合计");
        merge(sheet, r, r, 0, 3);
        amount(total, 4, "96282213.44");
        amount(total, 5, "25741666.44");
        amount(total, 6, "70540547.00");
        widths(sheet, 3, 3, 3, 17, 8, 8, 8);
    }

    /** 经济分类 items of the 基本支出 table: code, name, amount in 元 (made up). */
    private static final List<String[]> ECONOMIC = List.of(
            new String[]{"30101", "基本工资", "4216800.00"}, new String[]{"30102", "津贴补贴", "5873400.00"},
            new String[]{"30103", "奖金", "351400.00"}, new String[]{"30107", "绩效工资", "2108760.00"},
            new String[]{"30108", "机关事业单位基本养老保险缴费", "1839485.00"},
            new String[]{"30109", "职业年金缴费", "919739.00"}, new String[]{"30110", "职工基本医疗保险缴费", "1149678.00"},
            new String[]{"30112", "其他社会保障缴费", "87960.00"}, new String[]{"30113", "住房公积金", "2087959.00"},
            new String[]{"30199", "其他工资福利支出", "412300.00"},
            new String[]{"30201", "办公费", "186500.00"}, new String[]{"30202", "印刷费", "42000.00"},
            new String[]{"30205", "水费", "18600.00"}, new String[]{"30206", "电费", "96400.00"},
            new String[]{"30207", "邮电费", "58300.00"}, new String[]{"30211", "差旅费", "74200.00"},
            new String[]{"30213", "维修（护）费", "63500.00"}, new String[]{"30215", "会议费", "12800.00"},
            new String[]{"30216", "培训费", "35600.00"}, new String[]{"30217", "公务接待费", "8300.00"},
            new String[]{"30226", "劳务费", "126000.00"}, new String[]{"30227", "委托业务费", "240000.00"},
            new String[]{"30228", "工会经费", "118224.44"}, new String[]{"30229", "福利费", "96000.00"},
            new String[]{"30231", "公务用车运行维护费", "99800.00"}, new String[]{"30239", "其他交通费用", "684000.00"},
            new String[]{"30299", "其他商品和服务支出", "220000.00"},
            new String[]{"30301", "离休费", "0.00"}, new String[]{"30302", "退休费", "578040.00"},
            new String[]{"30305", "生活补助", "6440.00"}, new String[]{"30307", "医疗费补助", "21000.00"},
            new String[]{"30399", "其他对个人和家庭的补助", "12000.00"});

    /**
     * 基本支出经济分类表 in 元, one 科目编码 column, long enough to run over a page: its two header
     * rows are printed again on the next page, as published tables repeat them.
     */
    private void economic() {
        XSSFSheet sheet = book.createSheet("基本支出经济分类表");
        title(sheet, 0, "2026年部门一般公共预算基本支出部门预算经济分类预算表", 5);
        line(sheet, 1, "编制部门：上海市普陀区司法局", "单位：元", 5);
        XSSFRow h1 = sheet.createRow(2);
        XSSFRow h2 = sheet.createRow(3);
        cell(h1, 0, "经济分类科目");
        merge(sheet, 2, 2, 0, 1);
        cell(h1, 2, "一般公共预算基本支出");
        merge(sheet, 2, 2, 2, 4);
        String[] heads = {"科目编码", "科目名称", "合计", "人员经费", "公用经费"};
        for (int c = 0; c < heads.length; c++) {
            cell(h2, c, heads[c]);
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf("3:4"));
        java.util.Map<String, BigDecimal[]> classes = new java.util.LinkedHashMap<>();
        String[][] names = {{"301", "工资福利支出"}, {"302", "商品和服务支出"}, {"303", "对个人和家庭的补助"}};
        for (String[] n : names) {
            classes.put(n[0], new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        }
        for (String[] item : ECONOMIC) {
            BigDecimal[] sums = classes.get(item[0].substring(0, 3));
            int part = item[0].startsWith("302") ? 1 : 0; // 商品和服务支出 is 公用经费, the rest 人员经费
            sums[part] = sums[part].add(new BigDecimal(item[2]));
        }
        int r = 4;
        BigDecimal[] all = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (String[] n : names) {
            BigDecimal[] sums = classes.get(n[0]);
            r = economicRow(sheet, r, n[0], n[1], sums[0], sums[1]);
            for (String[] item : ECONOMIC) {
                if (item[0].startsWith(n[0])) {
                    BigDecimal v = new BigDecimal(item[2]);
                    boolean publicPart = n[0].equals("302");
                    r = economicRow(sheet, r, item[0], item[1], publicPart ? BigDecimal.ZERO.setScale(2) : v,
                            publicPart ? v : BigDecimal.ZERO.setScale(2));
                }
            }
            all[0] = all[0].add(sums[0]);
            all[1] = all[1].add(sums[1]);
        }
        XSSFRow total = sheet.createRow(r);
        cell(total, 0, "合计");
        merge(sheet, r, r, 0, 1);
        amount(total, 2, all[0].add(all[1]).toPlainString());
        amount(total, 3, all[0].toPlainString());
        amount(total, 4, all[1].toPlainString());
        widths(sheet, 5, 16, 9, 9, 9);
    }

    private int economicRow(XSSFSheet sheet, int r, String code, String name, BigDecimal staff, BigDecimal office) {
        XSSFRow row = sheet.createRow(r);
        cell(row, 0, code);
        cell(row, 1, name);
        amount(row, 2, staff.add(office).toPlainString());
        amount(row, 3, staff.toPlainString());
        amount(row, 4, office.toPlainString());
        return r + 1;
    }

    /**
     * 收入预算总表 printed without ruling lines, as many county budgets are: its columns known only
     * by where the text stands. One header row; amounts in 万元.
     */
    private void unruledIncome() {
        XSSFSheet sheet = book.createSheet("收入预算总表");
        sheet.createRow(0).createCell(0).setCellValue("2026年部门收入预算总表");
        XSSFRow unit = sheet.createRow(1);
        unit.createCell(0).setCellValue("编制部门：上海市普陀区司法局");
        unit.createCell(5).setCellValue("单位：万元");
        String[] heads = {"类", "款", "项", "科目名称", "合计", "财政拨款收入", "其他收入"};
        XSSFRow head = sheet.createRow(2);
        for (int c = 0; c < heads.length; c++) {
            head.createCell(c).setCellValue(heads[c]);
        }
        String[][] rows = {
                {"204", "", "", "公共安全支出", "8726.73", "8726.73", "0.00"},
                {"204", "06", "", "司法", "8726.73", "8726.73", "0.00"},
                {"204", "06", "01", "行政运行", "1672.67", "1672.67", "0.00"},
                {"204", "06", "99", "其他司法支出", "7054.06", "7054.06", "0.00"},
                {"221", "", "", "住房保障支出", "452.16", "440.00", "12.16"},
                {"221", "02", "", "住房改革支出", "452.16", "440.00", "12.16"},
                {"221", "02", "01", "住房公积金", "208.80", "200.00", "8.80"},
                {"221", "02", "03", "购房补贴", "243.36", "240.00", "3.36"}};
        int r = 3;
        for (String[] row : rows) {
            XSSFRow x = sheet.createRow(r++);
            for (int c = 0; c < 4; c++) {
                x.createCell(c).setCellValue(row[c]);
            }
            for (int c = 4; c < 7; c++) {
                var cell = x.createCell(c);
                cell.setCellValue(new BigDecimal(row[c]).doubleValue());
                cell.setCellStyle(plainNumber);
            }
        }
        XSSFRow total = sheet.createRow(r);
        total.createCell(0).setCellValue("合计");
        String[] sums = {"9178.89", "9166.73", "12.16"};
        for (int c = 0; c < 3; c++) {
            var cell = total.createCell(4 + c);
            cell.setCellValue(new BigDecimal(sums[c]).doubleValue());
            cell.setCellStyle(plainNumber);
        }
        widths(sheet, 3, 3, 3, 10, 7, 7, 7);
    }

    /** 三公经费 in 万元: a two-line header whose 公务用车购置及运行费 spans its two parts. */
    private void threePublic() {
        XSSFSheet sheet = book.createSheet("三公经费预算表");
        title(sheet, 0, "2026年部门“三公”经费和机关运行经费预算表", 7);
        line(sheet, 1, "编制部门：上海市普陀区司法局", "单位：万元", 7);
        XSSFRow h1 = sheet.createRow(2);
        XSSFRow h2 = sheet.createRow(3);
        String[] top = {"合计", "因公出国（境）费", "公务用车购置及运行费", "", "公务接待费", "机关运行经费"};
        for (int c = 0; c < top.length; c++) {
            cell(h1, c, top[c]);
        }
        merge(sheet, 2, 2, 2, 3);
        for (int c : new int[]{0, 1, 4, 5}) {
            merge(sheet, 2, 3, c, c);
        }
        cell(h2, 2, "购置费");
        cell(h2, 3, "运行费");
        XSSFRow row = sheet.createRow(4);
        String[] values = {"31.13", "0.00", "25.00", "5.33", "0.80", "239.64"};
        for (int c = 0; c < values.length; c++) {
            amount(row, c, values[c]);
        }
        widths(sheet, 6, 8, 6, 6, 6, 7);
    }

    private void title(XSSFSheet sheet, int r, String title, int columns) {
        sheet.createRow(r).createCell(0).setCellValue(title);
        merge(sheet, r, r, 0, columns - 1);
    }

    private void line(XSSFSheet sheet, int r, String left, String right, int columns) {
        XSSFRow row = sheet.createRow(r);
        row.createCell(0).setCellValue(left);
        merge(sheet, r, r, 0, columns - 3);
        row.createCell(columns - 2).setCellValue(right);
        merge(sheet, r, r, columns - 2, columns - 1);
    }

    private void cell(XSSFRow row, int c, String value) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    private void amount(XSSFRow row, int c, String value) {
        var cell = row.createCell(c);
        cell.setCellValue(new BigDecimal(value).doubleValue());
        cell.setCellStyle(number);
    }

    private static void merge(XSSFSheet sheet, int r1, int r2, int c1, int c2) {
        sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    /** Column widths in Chinese characters; printed landscape, one page wide, as published. */
    private static void widths(XSSFSheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256 * 2);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
