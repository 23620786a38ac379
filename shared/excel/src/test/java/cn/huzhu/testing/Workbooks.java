package cn.huzhu.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.RosterRow;

/**
 * Reads a spreadsheet back whole, to check what the system wrote or will read: its first non-empty row as the header,
 * then the non-empty rows below it.
 */
public final class Workbooks {
    public record Sheet(List<String> header, List<RosterRow> rows) {
        /** The text of the last cell of a row (e.g. 失败原因). */
        public String last(int row) {
            List<?> cells = rows.get(row).cells();
            return rows.get(row).cells().get(cells.size() - 1).display();
        }
    }

    private Workbooks() {
    }

    public static Sheet read(Path file) {
        List<String> header = new ArrayList<>();
        List<RosterRow> rows = new ArrayList<>();
        RosterReader.Sink sink = row -> {
            if (row.isEmpty()) {
                return;
            }
            if (header.isEmpty()) {
                row.cells().forEach(cell -> header.add(cell.display()));
            } else {
                rows.add(row);
            }
        };
        new ExcelRosterReader().read(file, sink);
        return new Sheet(header, rows);
    }
}
