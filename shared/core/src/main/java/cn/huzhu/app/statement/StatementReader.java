package cn.huzhu.app.statement;

import java.nio.file.Path;
import java.util.List;

import cn.huzhu.domain.statement.StatementTable;

/**
 * Reads a bank statement file (.xlsx, .xls, .csv in GBK or UTF-8, ISO 20022 camt.053) into the rows of a table,
 * telling the kinds apart by their content. Throws a {@link cn.huzhu.domain.common.DomainException} with one message
 * when the file cannot be read as any of them.
 */
public interface StatementReader {
    List<StatementTable.Row> rows(Path file);
}
