package dk.samskab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exported cells never run as spreadsheet formulas, and Danish letters survive both formats. */
class TableExportTest {

    private static final List<String> HEADER = List.of("Navn", "Tilmeldt");
    private static final List<List<Object>> ROWS = List.of(
            List.of("=HYPERLINK(\"https://evil.example\",\"Klik\")", 1L),
            List.of("+45 1234", 2L),
            List.of("@SUM(A1:A2)", 3L),
            List.of("-2+3", 4L),
            List.of("Søren Åberg", 5L));

    @Test
    void csvPrefixesFormulaLikeTextAndKeepsUtf8() {
        String csv = new String(TableExport.csv(HEADER, ROWS), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNavn,Tilmeldt\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Klik\"\")\",1"), csv);
        assertTrue(csv.contains("'+45 1234,2") && csv.contains("'@SUM(A1:A2),3") && csv.contains("'-2+3,4"), csv);
        assertTrue(csv.contains("Søren Åberg,5"), csv);
    }

    @Test
    void xlsxCellsAreTextNotFormulasAndNumbersStayNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx("rapport", HEADER, ROWS)))) {
            Cell injected = workbook.getSheet("rapport").getRow(1).getCell(0);
            assertEquals(CellType.STRING, injected.getCellType());
            assertEquals("'=HYPERLINK(\"https://evil.example\",\"Klik\")", injected.getStringCellValue());
            assertEquals(CellType.NUMERIC, workbook.getSheet("rapport").getRow(1).getCell(1).getCellType());
            assertEquals("Søren Åberg", workbook.getSheet("rapport").getRow(5).getCell(0).getStringCellValue());
        }
    }
}
