package dk.samskab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Exported cells never run as spreadsheet formulas, whichever separator the reading program
 * splits on; numbers and dates are written the way the reader's language reads them; Danish
 * letters survive both formats.
 */
class TableExportTest {

    private static final List<String> HEADER = List.of("Navn", "Tilmeldt", "ECTS", "Gennemført");
    /** 22:30 UTC on 30 June 2026 is half past midnight on 1 July in Copenhagen (summer time). */
    private static final Instant JUNE_30_LATE = Instant.parse("2026-06-30T22:30:00Z");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("=HYPERLINK(\"https://evil.example\",\"Klik\")", 1L, new BigDecimal("7.50"), JUNE_30_LATE),
            Arrays.asList("Sec J;=1+1;", 2L, new BigDecimal("5"), null),
            Arrays.asList("Jensen, @SUM(A1:A2)", 3L, BigDecimal.ZERO, null),
            Arrays.asList("\tTab", 4L, BigDecimal.ZERO, null),
            Arrays.asList("Søren Åberg", 5L, new BigDecimal("12.5"), null));

    private static List<CSVRecord> parse(byte[] csv, char delimiter) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, so spreadsheet programs read UTF-8");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()).get()) {
            return parser.getRecords();
        }
    }

    /**
     * The cells a careless program would make by splitting every line on the given character,
     * quotes or not, that start with a formula character once spaces and quotes are taken off.
     */
    private static List<String> dangerousCells(byte[] csv, char delimiter) {
        List<String> found = new ArrayList<>();
        for (String line : new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n")) {
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
                String bare = cell.replaceFirst("^[\\s\"]+", "");
                if (!bare.isEmpty() && "=+-@".indexOf(bare.charAt(0)) >= 0 || cell.replaceFirst("^\"+", "").startsWith("\t")) {
                    found.add(cell);
                }
            }
        }
        return found;
    }

    @Test
    void danishCsvHasSemicolonsDecimalCommasLocalTimesAndEveryFieldQuoted() throws IOException {
        byte[] csv = TableExport.csv(HEADER, ROWS, TableExport.Style.DANISH);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"Navn\";\"Tilmeldt\";\"ECTS\";\"Gennemført\"\r\n"), text);
        assertTrue(text.lines().skip(1).allMatch(l -> l.startsWith("\"") && l.endsWith("\"")), "every field quoted: " + text);
        List<CSVRecord> records = parse(csv, ';');
        assertEquals(List.of("'=HYPERLINK(\"https://evil.example\",\"Klik\")", "1", "7,5", "01-07-2026 00:30"), records.get(1).toList());
        assertEquals(List.of("Sec J;'=1+1;", "2", "5", ""), records.get(2).toList(), "the hostile name stays one cell");
        assertEquals("Jensen, '@SUM(A1:A2)", records.get(3).get(0));
        assertEquals("'\tTab", records.get(4).get(0));
        assertEquals(List.of("Søren Åberg", "5", "12,5", ""), records.get(5).toList());
        assertEquals(List.of(), dangerousCells(csv, ';'));
        assertEquals(List.of(), dangerousCells(csv, ','), "no formula either where a program splits on commas");
    }

    @Test
    void englishCsvHasCommasAndDecimalPoints() throws IOException {
        byte[] csv = TableExport.csv(HEADER, ROWS, TableExport.Style.ENGLISH);
        List<CSVRecord> records = parse(csv, ',');
        assertEquals(List.of("Navn", "Tilmeldt", "ECTS", "Gennemført"), records.get(0).toList());
        assertEquals(List.of("'=HYPERLINK(\"https://evil.example\",\"Klik\")", "1", "7.5", "2026-07-01 00:30"), records.get(1).toList());
        assertEquals("Sec J;'=1+1;", records.get(2).get(0));
        assertEquals(List.of(), dangerousCells(csv, ','));
        assertEquals(List.of(), dangerousCells(csv, ';'), "no formula either where a program splits on semicolons");
    }

    @Test
    void xlsxHasStringCellsWithoutApostrophesNumericCellsAndRealDates() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                TableExport.xlsx("Overblik: 1/2", HEADER, ROWS, TableExport.Style.DANISH)))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Row injected = workbook.getSheetAt(0).getRow(1);
            Cell name = injected.getCell(0);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("=HYPERLINK(\"https://evil.example\",\"Klik\")", name.getStringCellValue(), "no visible apostrophe");
            assertTrue(name.getCellStyle().getQuotePrefixed(), "stays text when someone edits the cell");
            assertEquals(CellType.NUMERIC, injected.getCell(1).getCellType());
            assertEquals(1.0, injected.getCell(1).getNumericCellValue());
            assertEquals(CellType.NUMERIC, injected.getCell(2).getCellType());
            assertEquals(7.5, injected.getCell(2).getNumericCellValue());
            Cell completed = injected.getCell(3);
            assertEquals(CellType.NUMERIC, completed.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(completed), "a date cell with a date format");
            assertEquals(LocalDateTime.of(2026, 7, 1, 0, 30), completed.getLocalDateTimeCellValue(), "Copenhagen time");
            assertEquals("dd-mm-yyyy hh:mm", completed.getCellStyle().getDataFormatString());
            Row plain = workbook.getSheetAt(0).getRow(5);
            assertEquals("Søren Åberg", plain.getCell(0).getStringCellValue());
            assertFalse(plain.getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals("Sec J;=1+1;", workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertTrue(workbook.getSheetAt(0).getColumnWidth(3) >= 16 * 256, "wide enough to show the date");
        }
    }
}
