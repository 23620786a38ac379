package cn.huzhu.app.roster;

import java.nio.file.Path;

import cn.huzhu.domain.roster.RosterRow;

/** Reads a roster spreadsheet (.xlsx or .xls, told apart by content) row by row with bounded memory. */
public interface RosterReader {

    /** Receives every row of the first sheet in order, title and header rows included, with Excel's row numbers. */
    interface Sink {
        void row(RosterRow row);
    }

    /**
     * Reads the file into the sink. Throws {@link RosterFileException} when the file is not a readable roster
     * (not a spreadsheet, encrypted, a zip bomb, damaged); a sink may throw it too, to stop reading.
     */
    void read(Path file, Sink sink);
}
