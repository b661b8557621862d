package vn.motcua.tracking.reports.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small writer over Apache POI for the reports: title rows across the table, a bold header row, then rows whose
 * numbers are numeric cells (Excel sums them) and whose text is text. Column widths fit the header.
 */
final class Sheets implements AutoCloseable {
    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle decimal;

    Sheets() {
        this(new XSSFWorkbook());
    }

    /**
     * For a sheet of many rows (the ledger): only the last 200 rows are kept in memory, the rest go to a compressed
     * temporary file until the workbook is written, so the heap does not grow with the month.
     */
    static Sheets streaming() {
        SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 200);
        book.setCompressTempFiles(true);
        return new Sheets(book);
    }

    private Sheets(Workbook workbook) {
        this.workbook = workbook;
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);
        Font strong = workbook.createFont();
        strong.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(strong);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(strong);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    /** A new sheet with its title lines (merged across the columns) and its header row. */
    Sheet sheet(String name, List<String> titles, List<String> headers) {
        Sheet s = workbook.createSheet(name);
        int r = 0;
        for (String t : titles) {
            Cell c = s.createRow(r).createCell(0);
            c.setCellValue(t);
            c.setCellStyle(title);
            s.addMergedRegion(new CellRangeAddress(r, r, 0, headers.size() - 1));
            r++;
        }
        Row h = s.createRow(r + 1);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            s.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
        }
        s.createFreezePane(0, r + 2);
        return s;
    }

    /** Appends a row: numbers become numeric cells, anything else text, null an empty cell. */
    void row(Sheet s, boolean strong, Object... values) {
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof BigDecimal d) {
                c.setCellValue(d.doubleValue());
                c.setCellStyle(decimal);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v.toString());
            }
            if (strong) {
                c.setCellStyle(bold);
            }
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (workbook instanceof SXSSFWorkbook streamed) {
            streamed.dispose(); // its temporary files
        }
        workbook.close();
    }
}
