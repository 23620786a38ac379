package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.statement.StatementReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.statement.StatementException;
import cn.huzhu.domain.statement.StatementTable;

/**
 * Bank statements as 企业网银 exports them: .xlsx and .xls through the roster readers (first sheet, cells as Excel shows
 * them), .csv in UTF-8 or GBK, and ISO 20022 camt.053 XML; told apart by their first bytes, never by the name.
 */
public final class BankStatementFiles implements StatementReader {
    private static final BigDecimal NEAR = new BigDecimal("0.000001");
    private final ExcelRosterReader excel = new ExcelRosterReader();

    @Override
    public List<StatementTable.Row> rows(Path file) {
        byte[] head = head(file);
        if (ExcelRosterReader.isZip(head) || ExcelRosterReader.isOle2(head)) {
            return spreadsheet(file);
        }
        return CamtStatement.looksLikeXml(head) ? CamtStatement.rows(file) : CsvStatement.rows(file);
    }

    /** The rows read as a statement of one of {@code accounts}, with the layouts finance mapped by hand. */
    public StatementTable.Statement read(Path file, List<String> accounts, LocalDate today) {
        return StatementTable.read(rows(file), accounts, today, List.of());
    }

    private List<StatementTable.Row> spreadsheet(Path file) {
        List<StatementTable.Row> rows = new ArrayList<>();
        try {
            excel.read(file, row -> rows.add(new StatementTable.Row(row.rowNumber(),
                    row.cells().stream().map(BankStatementFiles::text).toList())));
        } catch (RosterFileException refused) {
            throw StatementException.unreadable("文件已损坏、设置了密码或不是Excel表格，请从企业网银重新导出后上传");
        }
        return rows;
    }

    /** A cell as text; a number that a binary fraction keeps a hair from its 分 is read as that 分. */
    static String text(CellValue cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof CellValue.Numeric number) {
            BigDecimal value = number.value();
            BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
            return (value.subtract(cents).abs().compareTo(NEAR) < 0 ? cents : value).stripTrailingZeros().toPlainString();
        }
        return cell.display();
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw StatementException.unreadable("文件无法打开");
        }
    }
}
