package cn.huzhu.app.roster;

import java.nio.file.Path;
import java.util.List;

import cn.huzhu.domain.roster.CellValue;

/** Writes 导入失败人员: the file's own columns plus 失败原因, as .xlsx, streaming. */
public interface FailedRowsWriter {
    String REASON_HEADER = "失败原因";

    interface Session extends AutoCloseable {
        void add(List<CellValue> cells, String reason);

        /** Finishes the workbook; the file is complete once this returns. */
        @Override
        void close();
    }

    Session open(Path target, List<String> titles);
}
