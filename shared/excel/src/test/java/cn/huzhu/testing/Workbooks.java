package cn.huzhu.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.RosterRow;

/** Reads a spreadsheet back whole (header and non-empty rows), to check what the system wrote or will read. */
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
        new ExcelRosterReader().read(file, new RosterReader.Sink() {
            @Override
            public void header(List<String> titles) {
                header.addAll(titles);
            }

            @Override
            public void row(RosterRow row) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
        });
        return new Sheet(header, rows);
    }
}
