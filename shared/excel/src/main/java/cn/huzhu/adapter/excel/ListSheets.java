package cn.huzhu.adapter.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An exported list as one .xlsx sheet: bold titles on the template's blue, the column widths, the title row frozen;
 * the caller writes the rows from row 1.
 */
final class ListSheets {
    private ListSheets() {
    }

    static byte[] write(String sheetName, List<String> titles, double[] widths, Consumer<Worksheet> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "huzhu", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            header(sheet, titles, widths);
            rows.accept(sheet);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, List<String> titles, double[] widths) {
        for (int column = 0; column < titles.size(); column++) {
            sheet.value(0, column, titles.get(column));
            sheet.width(column, widths[column]);
        }
        sheet.range(0, 0, 0, titles.size() - 1).style().bold().fillColor("DDEBF7").set();
        sheet.freezePane(0, 1);
    }
}
