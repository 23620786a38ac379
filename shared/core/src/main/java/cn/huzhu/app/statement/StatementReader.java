package cn.huzhu.app.statement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.statement.StatementTable;

/**
 * Reads a bank statement file (.xlsx, .xls, .csv in GBK or UTF-8, ISO 20022 camt.053), telling the kinds apart by
 * their content. Throws a {@link cn.huzhu.domain.common.DomainException} with one message when the file is not a
 * statement of one of {@code accounts}.
 */
public interface StatementReader {
    StatementTable.Statement read(Path file, List<String> accounts, LocalDate today);
}
