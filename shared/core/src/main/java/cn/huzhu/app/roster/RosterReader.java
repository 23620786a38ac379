package cn.huzhu.app.roster;

import java.nio.file.Path;
import java.util.List;

import cn.huzhu.domain.roster.RosterRow;

/** Reads a roster spreadsheet (.xlsx or .xls, told apart by content) row by row with bounded memory. */
public interface RosterReader {

    /** Receives the first sheet: its first row as the header, then every later row in order. */
    interface Sink {
        void header(List<String> titles);

        void row(RosterRow row);
    }

    /**
     * Reads the file into the sink. Throws {@link RosterFileException} when the file is not a readable roster
     * (not a spreadsheet, encrypted, a zip bomb, damaged); a sink may throw it too, to stop reading.
     */
    void read(Path file, Sink sink);
}
