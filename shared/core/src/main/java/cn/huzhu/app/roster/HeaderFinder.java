package cn.huzhu.app.roster;

import java.util.List;

import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterHeader;
import cn.huzhu.domain.roster.RosterRow;

/**
 * Finds the header of a roster among its first rows (a title such as a merged "参保人员名单" often sits above it) and
 * hands the rows below it on. Rows above the header are not people and go nowhere.
 */
final class HeaderFinder implements RosterReader.Sink {
    static final int SEARCH_ROWS = 10;

    /** What comes out: the header once, then every row below it. */
    interface Rows {
        void header(RosterHeader header);

        /** A row below the header (it may be empty). */
        void person(RosterRow row);
    }

    private final Rows rows;
    private RosterHeader header;
    private List<String> firstCells;

    HeaderFinder(Rows rows) {
        this.rows = rows;
    }

    @Override
    public void row(RosterRow row) {
        if (header != null) {
            rows.person(row);
            return;
        }
        if (row.rowNumber() > SEARCH_ROWS) {
            throw missing();
        }
        if (row.isEmpty()) {
            return;
        }
        List<String> cells = row.cells().stream().map(CellValue::display).toList();
        if (firstCells == null) {
            firstCells = cells;
        }
        RosterHeader.read(cells, row.rowNumber()).ifPresent(found -> {
            header = found;
            rows.header(found);
        });
    }

    /** The end of the file: a file without a header is not a roster. */
    void finish() {
        if (header == null) {
            throw missing();
        }
    }

    private RosterFileException missing() {
        return new RosterFileException(RosterHeader.missingColumnsMessage(firstCells == null ? List.of() : firstCells,
                SEARCH_ROWS));
    }
}
