package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;

/**
 * .xlsx with fastexcel-reader: a StAX pass over the first sheet, constant memory whatever the row count. Failures of
 * the file become {@link RosterFileException}; failures of the sink (storage) pass through untouched.
 */
final class XlsxRosterReader {
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    void read(Path file, RosterReader.Sink sink) {
        ZipBombGuard.check(file);
        ReadableWorkbook workbook = open(file);
        try (workbook; Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            boolean dates1904 = workbook.isDate1904();
            Iterator<Row> iterator = rows.iterator();
            Row first = next(iterator);
            sink.header(first != null && first.getRowNum() == 1 ? titles(first) : List.of());
            for (Row row = next(iterator); row != null; row = next(iterator)) {
                sink.row(new RosterRow(row.getRowNum(), cells(row, dates1904)));
            }
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private static ReadableWorkbook open(Path file) {
        try {
            return new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private static Row next(Iterator<Row> rows) {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    private static RosterFileException damaged(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return new RosterFileException(message.contains("encrypt") ? ExcelRosterReader.ENCRYPTED : ExcelRosterReader.DAMAGED, e);
    }

    private static List<String> titles(Row row) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            titles.add(row.getCellText(i));
        }
        return titles;
    }

    private static List<CellValue> cells(Row row, boolean dates1904) {
        try {
            List<CellValue> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(value(row.getCell(i), dates1904));
            }
            return cells;
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    static CellValue value(Cell cell, boolean dates1904) {
        if (cell == null) {
            return CellValue.BLANK;
        }
        switch (cell.getType()) {
            case STRING:
                return CellValue.text(cell.asString());
            case NUMBER:
                return number(cell, dates1904);
            case BOOLEAN:
                return CellValue.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
            case FORMULA:
            case ERROR:
                return CellValue.text(cell.getRawValue());
            default:
                return CellValue.BLANK;
        }
    }

    private static CellValue number(Cell cell, boolean dates1904) {
        Integer formatId = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        if (formatId != null && DateUtil.isADateFormat(formatId, format)) {
            double serial = cell.asNumber().doubleValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDate date = DateUtil.getLocalDateTime(serial, dates1904).toLocalDate();
                return new CellValue.DateValue(date);
            }
        }
        return new CellValue.Numeric(cell.asNumber(), cell.getRawValue());
    }
}
