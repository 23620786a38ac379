package cn.huzhu.domain.statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.huzhu.domain.common.Checks;

/**
 * A bank's statement layout as finance mapped it by hand, once, for statements whose headers no synonym names: the
 * header row's cells (which is how a later statement of that bank is recognised) and the column each field is in.
 *
 * @param bank the name finance gave it (中国银行 青岛分行, ...)
 * @param header the header row's cells as the file shows them
 * @param columns the column of each field; REMARK may not be among them, {@code remarks} holds those
 */
public record StatementMapping(String bank, List<String> header, Map<StatementColumn, Integer> columns,
        List<Integer> remarks) {
    public StatementMapping {
        header = List.copyOf(header);
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        remarks = List.copyOf(remarks);
    }

    /** A mapping as finance chose it, checked: a name, a date, and a credit or an amount column, each inside the header. */
    public static StatementMapping chosen(String bank, List<String> header, Map<StatementColumn, Integer> columns,
            List<Integer> remarks) {
        Checks checks = new Checks();
        String name = bank == null ? "" : bank.trim();
        checks.require(!name.isEmpty() && name.length() <= 40, "bank", "请填写银行名称（不超过40字）");
        checks.require(header != null && header.stream().anyMatch(cell -> cell != null && !cell.isBlank()), "header",
                "请选择表头所在的行");
        int width = header == null ? 0 : header.size();
        Map<StatementColumn, Integer> fields = columns == null ? Map.of() : columns;
        checks.require(fields.containsKey(StatementColumn.DATE), "columns", "请指定交易日期所在的列");
        checks.require(fields.containsKey(StatementColumn.CREDIT) || fields.containsKey(StatementColumn.AMOUNT), "columns",
                "请指定贷方金额（收入）或交易金额所在的列");
        checks.require(fields.values().stream().allMatch(i -> i != null && i >= 0 && i < width)
                && (remarks == null || remarks.stream().allMatch(i -> i != null && i >= 0 && i < width)), "columns",
                "所选的列不在表头范围内");
        checks.require(!fields.containsKey(StatementColumn.REMARK), "columns", "摘要列请在附言/摘要中选择");
        checks.throwIfAny("STATEMENT_MAPPING_INVALID");
        return new StatementMapping(name, header, fields, remarks == null ? List.of() : remarks);
    }

    /** This mapping's layout, if a row is its header (cells compared without spaces or bracketed units). */
    public Optional<StatementLayout> layoutFor(List<String> row) {
        List<String> plainRow = plain(row);
        return plainRow.equals(plain(header)) ? Optional.of(new StatementLayout(columns, remarks)) : Optional.empty();
    }

    private static List<String> plain(List<String> cells) {
        List<String> plain = new ArrayList<>();
        cells.forEach(cell -> plain.add(StatementLayout.plain(cell == null ? "" : cell)));
        while (!plain.isEmpty() && plain.get(plain.size() - 1).isEmpty()) {
            plain.remove(plain.size() - 1);
        }
        return plain;
    }
}
