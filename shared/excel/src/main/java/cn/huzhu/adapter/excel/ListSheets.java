package cn.huzhu.adapter.excel;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;

/** The head of an exported list: bold titles on the template's blue, the column widths, the title row frozen. */
final class ListSheets {
    private ListSheets() {
    }

    static void header(Worksheet sheet, List<String> titles, double[] widths) {
        for (int column = 0; column < titles.size(); column++) {
            sheet.value(0, column, titles.get(column));
            sheet.width(column, widths[column]);
        }
        sheet.range(0, 0, 0, titles.size() - 1).style().bold().fillColor("DDEBF7").set();
        sheet.freezePane(0, 1);
    }
}
