package dk.samskab.reporting;

import dk.samskab.platform.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report table as CSV (Apache Commons CSV) or XLSX (Apache POI) that opens as intended in
 * Danish and English spreadsheet programs. Cells hold text, numbers (Long, Integer, BigDecimal)
 * or moments (Instant, written as Danish local time).
 * <ul>
 * <li>CSV: UTF-8 with a byte order mark, every field quoted, and the separator and decimal mark
 * of the reader's language (Danish Excel and LibreOffice split on ";" and read "7,5"; English
 * ones split on "," and read "7.5"). Text that a spreadsheet could run as a formula gets a
 * leading apostrophe: at the start of the field, and after a comma, semicolon, tab or line
 * break inside it, where a program splitting on that character would start a new cell.</li>
 * <li>XLSX: text in string cells (never evaluated, so no apostrophe is needed; formula-like
 * text is marked "quote prefixed", so it stays text when someone edits the cell), numbers in
 * numeric cells and moments in date cells.</li>
 * </ul>
 */
public final class TableExport {


    /** A cell that starts a formula, or starts with a tab or carriage return. */
    private static final Pattern DANGEROUS_START = Pattern.compile("^(\\s*[=+\\-@]|[\\t\\r])");

    /** A formula character after a separator inside the text. */
    private static final Pattern DANGEROUS_AFTER_SEPARATOR = Pattern.compile("([,;\\t\\r\\n]\\s*)([=+\\-@])");

    /** How a language's spreadsheet programs read a table. */
    public enum Style {
        DANISH(';', ',', "dd-MM-yyyy HH:mm", "dd-mm-yyyy hh:mm"),
        ENGLISH(',', '.', "yyyy-MM-dd HH:mm", "yyyy-mm-dd hh:mm");

        private final char separator;
        private final char decimalMark;
        private final DateTimeFormatter csvTime;
        private final String excelTime;

        Style(char separator, char decimalMark, String csvTime, String excelTime) {
            this.separator = separator;
            this.decimalMark = decimalMark;
            this.csvTime = DateTimeFormatter.ofPattern(csvTime, Locale.ROOT);
            this.excelTime = excelTime;
        }

        public static Style of(Locale locale) {
            return "da".equals(locale.getLanguage()) ? DANISH : ENGLISH;
        }

        public char separator() {
            return separator;
        }
    }

    private TableExport() {
    }

    /** Whether a spreadsheet could take the text, as it starts, for a formula. */
    static boolean dangerous(String text) {
        return DANGEROUS_START.matcher(text).find();
    }

    /** Guards one CSV cell against formula injection: at its start and after every separator inside it. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String inside = DANGEROUS_AFTER_SEPARATOR.matcher(text).replaceAll("$1'$2");
        return dangerous(inside) ? "'" + inside : inside;
    }

    public static byte[] csv(List<String> header, List<List<Object>> rows, Style style) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(style.separator).setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n").get();
        bytes.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            printer.printRecord(header.stream().map(TableExport::neutralise).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(value -> csvText(value, style)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String csvText(Object value, Style style) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString().replace('.', style.decimalMark);
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Instant instant) {
            return style.csvTime.format(instant.atZone(Dates.DENMARK));
        }
        return neutralise(value.toString());
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows, Style style) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Styles styles = new Styles(workbook, style);
            int[] widths = new int[header.size()];
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                widths[i] = write(top.createCell(i), header.get(i), styles);
                top.getCell(i).setCellStyle(styles.header);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    widths[i] = Math.max(widths[i], write(row.createCell(i), values.get(i), styles));
                }
            }
            // Without a width a date shows as "#####"; 255 characters is Excel's limit.
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(255, widths[i] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one typed cell; returns about how many characters wide it shows. */
    private static int write(Cell cell, Object value, Styles styles) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, Dates.DENMARK));
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        String text = value == null ? "" : value.toString();
        cell.setCellValue(text);
        if (dangerous(text)) {
            cell.setCellStyle(styles.quotePrefixed);
        }
        return text.length();
    }

    /** The few cell styles a sheet needs (a workbook holds a limited number, so they are shared). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle dateTime;
        final CellStyle quotePrefixed;

        Styles(XSSFWorkbook workbook, Style style) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat(style.excelTime));
            quotePrefixed = workbook.createCellStyle();
            quotePrefixed.setQuotePrefixed(true);
        }
    }
}
