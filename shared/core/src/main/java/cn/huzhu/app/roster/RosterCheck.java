package cn.huzhu.app.roster;

import java.nio.file.Path;
import java.util.List;

import cn.huzhu.domain.roster.RosterHeader;
import cn.huzhu.domain.roster.RosterRow;

/**
 * The first pass over a file: is it a roster at all, does it end cleanly, how many people does it hold. Stores
 * nothing, so a file refused here leaves no trace.
 */
final class RosterCheck implements RosterReader.Sink {
    private final int maxRows;
    private int rows;

    private RosterCheck(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The number of non-empty data rows. */
    static int check(RosterReader reader, Path file, int maxRows) {
        RosterCheck check = new RosterCheck(maxRows);
        reader.read(file, check);
        if (check.rows == 0) {
            throw new RosterFileException("文件中没有人员数据：请从第2行起填写人员信息");
        }
        return check.rows;
    }

    @Override
    public void header(List<String> titles) {
        if (RosterHeader.read(titles).isEmpty()) {
            throw new RosterFileException(RosterHeader.missingColumnsMessage(titles));
        }
    }

    @Override
    public void row(RosterRow row) {
        if (row.isEmpty()) {
            return;
        }
        if (++rows > maxRows) {
            throw new RosterFileException("文件超过" + maxRows + "行人员的上限，请拆分后分批上传");
        }
    }
}
