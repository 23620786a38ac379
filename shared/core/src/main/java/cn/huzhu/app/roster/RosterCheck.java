package cn.huzhu.app.roster;

import java.nio.file.Path;
import java.util.List;

import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterHeader;
import cn.huzhu.domain.roster.RosterRow;

/**
 * The first pass over a file: is it a roster at all, does it end cleanly, how many people does it hold, is any cell
 * longer than a roster's cell can be. Stores nothing, so a file refused here leaves no trace.
 */
final class RosterCheck implements RosterReader.Sink, HeaderFinder.Rows {
    private final int maxRows;
    private final int maxCellChars;
    private final HeaderFinder finder = new HeaderFinder(this);
    private int rows;

    private RosterCheck(int maxRows, int maxCellChars) {
        this.maxRows = maxRows;
        this.maxCellChars = maxCellChars;
    }

    /** The number of non-empty data rows. */
    static int check(RosterReader reader, Path file, int maxRows, int maxCellChars) {
        RosterCheck check = new RosterCheck(maxRows, maxCellChars);
        reader.read(file, check);
        check.finder.finish();
        if (check.rows == 0) {
            throw new RosterFileException("文件中没有人员数据：请在表头下一行起填写人员信息");
        }
        return check.rows;
    }

    @Override
    public void row(RosterRow row) {
        List<CellValue> cells = row.cells();
        for (int column = 0; column < cells.size(); column++) {
            int length = cells.get(column).display().length();
            if (length > maxCellChars) {
                throw new RosterFileException("第" + row.rowNumber() + "行第" + (column + 1) + "列有" + length + "个字符，超过每格"
                        + maxCellChars + "个字符的上限，这不像参保人员名单，请检查文件后重新上传");
            }
        }
        finder.row(row);
    }

    @Override
    public void header(RosterHeader header) {
        // the finder checked it is a roster's header; nothing to count
    }

    @Override
    public void person(RosterRow row) {
        if (!row.isEmpty() && ++rows > maxRows) {
            throw new RosterFileException("文件超过" + maxRows + "行人员的上限，请拆分后分批上传");
        }
    }
}
