package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.huzhu.app.roster.FailedRowsWriter;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterColumn;

/**
 * 导入失败人员 as .xlsx, streamed with fastexcel's writer: the uploaded file's own header and cells, typed as they were
 * (text, numbers, dates), then 失败原因. The unit fixes the rows in this file and uploads it again, so it carries the
 * template's drop-downs and text-formatted number columns.
 */
public final class FailedRowsWorkbook implements FailedRowsWriter {
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    @Override
    public Session open(Path target, List<String> titles) {
        return open(target, "导入失败人员", titles, REASON_HEADER);
    }

    /** A roster sheet under these titles, with one more column of that header after them unless it is null. */
    static Session open(Path target, String sheetName, List<String> titles, String trailingHeader) {
        try {
            OutputStream out = Files.newOutputStream(target);
            Workbook workbook = new Workbook(out, "huzhu", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < titles.size(); column++) {
                sheet.value(0, column, titles.get(column));
                sheet.width(column, RosterColumn.byHeader(titles.get(column)).map(RosterSheetLayout::width).orElse(16.0));
            }
            int last = titles.size() - 1;
            if (trailingHeader != null) {
                last = titles.size();
                sheet.value(0, last, trailingHeader);
                sheet.width(last, 60);
            }
            sheet.range(0, 0, 0, last).style().bold().fillColor("DDEBF7").set();
            sheet.freezePane(0, 1);
            RosterSheetLayout.apply(sheet, titles);
            return new WorkbookSession(out, workbook, sheet, titles.size(), trailingHeader != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class WorkbookSession implements Session {
        private final OutputStream out;
        private final Workbook workbook;
        private final Worksheet sheet;
        private final int reasonColumn;
        private final boolean withReason;
        private int row = 1;

        WorkbookSession(OutputStream out, Workbook workbook, Worksheet sheet, int reasonColumn, boolean withReason) {
            this.out = out;
            this.workbook = workbook;
            this.sheet = sheet;
            this.reasonColumn = reasonColumn;
            this.withReason = withReason;
        }

        @Override
        public void add(List<CellValue> cells, String reason) {
            for (int column = 0; column < cells.size() && column < reasonColumn; column++) {
                write(column, cells.get(column));
            }
            if (withReason) {
                sheet.value(row, reasonColumn, reason);
            }
            if (row % 1000 == 0) {
                flushRows();
            }
            row++;
        }

        private void write(int column, CellValue cell) {
            if (cell instanceof CellValue.Numeric number) {
                sheet.value(row, column, number.value());
            } else if (cell instanceof CellValue.DateValue date) {
                sheet.value(row, column, date.value());
                sheet.style(row, column).format(DATE_FORMAT).set();
            } else if (!cell.isBlank()) {
                sheet.value(row, column, cell.display());
            }
        }

        private void flushRows() {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try (out) {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
