package cn.huzhu.domain.statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.huzhu.domain.identity.TextNormalizer;

/**
 * Where a statement's columns are: read from a header row by the names banks give them. A layout needs a date and
 * either a credit column or an amount (signed, or with a 借贷 flag); several remark columns (摘要, 附言, 用途) are all
 * kept, in file order.
 */
public record StatementLayout(Map<StatementColumn, Integer> columns, List<Integer> remarks) {
    private static final Pattern BRACKETED = Pattern.compile("[（(\\[【][^）)\\]】]*[）)\\]】]");

    public StatementLayout {
        columns = Map.copyOf(columns);
        remarks = List.copyOf(remarks);
    }

    /** The layout a header row gives, or empty when it is not a statement's header. */
    public static Optional<StatementLayout> of(List<String> header) {
        Map<StatementColumn, Integer> found = new EnumMap<>(StatementColumn.class);
        List<Integer> remarks = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String plain = plain(header.get(i));
            for (StatementColumn column : StatementColumn.values()) {
                if (!column.names(plain)) {
                    continue;
                }
                if (column == StatementColumn.REMARK) {
                    remarks.add(i);
                } else {
                    found.putIfAbsent(column, i);
                }
                break;
            }
        }
        boolean amounts = found.containsKey(StatementColumn.CREDIT) || found.containsKey(StatementColumn.AMOUNT);
        return found.containsKey(StatementColumn.DATE) && amounts ? Optional.of(new StatementLayout(found, remarks))
                : Optional.empty();
    }

    static String plain(String header) {
        return BRACKETED.matcher(TextNormalizer.halfWidthWithoutSpaces(header)).replaceAll("").replace("*", "");
    }

    public Optional<Integer> column(StatementColumn column) {
        return Optional.ofNullable(columns.get(column));
    }
}
