package cn.huzhu.domain.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.huzhu.domain.identity.TextNormalizer;
import cn.huzhu.domain.money.Money;

/**
 * A statement exported as a table (.xlsx, .xls, .csv): a title block, a header row found by its names, then one line
 * per transfer. Credits become {@link BankLine}s; debits are counted and skipped; a line that cannot be read, or dated
 * after today, is reported with its row and column and the rest is kept. A file without a statement's header, or of an
 * account that is not the office's, fails as a whole.
 */
public final class StatementTable {
    static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern TITLE_ACCOUNT = Pattern.compile("(?:账号|账户|帐号)[:：]?\\s*([0-9][0-9 \\-]{5,40}[0-9])");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]?\\s*(\\d{1,2})\\s*[-/.月]?\\s*(\\d{1,2})日?.*");
    private static final Set<String> CREDIT_FLAGS = Set.of("贷", "收", "收入", "贷方", "入", "C", "CR", "CRDT", "2");
    private static final Set<String> DEBIT_FLAGS = Set.of("借", "付", "支出", "借方", "出", "D", "DR", "DBIT", "1");

    /** One row as the file shows it, with the row number a person sees. */
    public record Row(int number, List<String> cells) {
    }

    /** A line that could not be read: where and why, in Chinese. */
    public record Problem(int row, String column, String message) {
    }

    /** What a statement holds: its account, its credits, how many debits were skipped and the lines refused. */
    public record Statement(String account, List<BankLine> credits, int debits, List<Problem> problems) {
    }

    private StatementTable() {
    }

    /**
     * Reads the rows. {@code accounts} are the office's collection accounts; {@code today} the last date a transfer
     * can have; {@code mappings} the layouts finance mapped by hand, tried where no header names its columns.
     */
    public static Statement read(List<Row> rows, List<String> accounts, LocalDate today, List<StatementMapping> mappings) {
        int at = 0;
        StatementLayout layout = null;
        String titleAccount = null;
        for (; at < rows.size() && at < HEADER_SEARCH_ROWS; at++) {
            List<String> cells = rows.get(at).cells();
            Optional<StatementLayout> found = StatementLayout.of(cells).or(() -> mapped(cells, mappings));
            if (found.isPresent()) {
                layout = found.get();
                break;
            }
            titleAccount = titleAccount != null ? titleAccount : accountIn(cells);
        }
        if (layout == null) {
            throw StatementException.notAStatement();
        }
        return new Lines(layout, accounts, today, titleAccount).read(rows.subList(at + 1, rows.size()));
    }

    public static Statement read(List<Row> rows, List<String> accounts, LocalDate today) {
        return read(rows, accounts, today, List.of());
    }

    private static Optional<StatementLayout> mapped(List<String> cells, List<StatementMapping> mappings) {
        return mappings.stream().map(m -> m.layoutFor(cells)).flatMap(Optional::stream).findFirst();
    }

    private static String accountIn(List<String> cells) {
        for (String cell : cells) {
            Matcher matcher = TITLE_ACCOUNT.matcher(TextNormalizer.halfWidthWithoutSpaces(cell));
            if (matcher.find()) {
                return matcher.group(1).replaceAll("[ \\-]", "");
            }
        }
        return null;
    }

    /** The office's account the statement is of: the one its title or account column names, checked. */
    static String officeAccount(String named, List<String> accounts) {
        if (named == null || named.isBlank()) {
            if (accounts.size() == 1) {
                return accounts.get(0);
            }
            throw StatementException.noAccount();
        }
        String plain = named.replaceAll("[^0-9]", "");
        return accounts.stream().filter(plain::equals).findFirst()
                .orElseThrow(() -> StatementException.otherAccount(plain));
    }

    /** Reading the lines below the header. */
    private static final class Lines {
        private final StatementLayout layout;
        private final List<String> accounts;
        private final LocalDate today;
        private String account;
        private final List<BankLine> credits = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> identical = new HashMap<>();
        private int debits;

        Lines(StatementLayout layout, List<String> accounts, LocalDate today, String titleAccount) {
            this.layout = layout;
            this.accounts = accounts;
            this.today = today;
            this.account = layout.column(StatementColumn.ACCOUNT).isPresent() && titleAccount == null ? null
                    : officeAccount(titleAccount, accounts);
        }

        Statement read(List<Row> rows) {
            for (Row row : rows) {
                if (row.cells().stream().allMatch(cell -> cell == null || cell.isBlank()) || isTotal(row)) {
                    continue;
                }
                try {
                    line(row);
                } catch (LineRefused refused) {
                    problems.add(new Problem(row.number(), refused.column, refused.getMessage()));
                }
            }
            return new Statement(account == null ? officeAccount(null, accounts) : account, List.copyOf(credits),
                    debits, List.copyOf(problems));
        }

        private void line(Row row) {
            if (account == null) {
                account = officeAccount(cell(row, StatementColumn.ACCOUNT), accounts);
            }
            Money credit = credit(row);
            if (credit == null) {
                debits++;
                return;
            }
            LocalDate date = date(row);
            String remark = String.join(" ", layout.remarks().stream().map(i -> i < row.cells().size()
                    ? TextNormalizer.trim(row.cells().get(i)) : "").filter(text -> !text.isEmpty()).toList());
            BankLine probe = new BankLine(account, cell(row, StatementColumn.SERIAL), date, credit,
                    cell(row, StatementColumn.PAYER_NAME), cell(row, StatementColumn.PAYER_ACCOUNT), remark, row.number(), 0);
            int ordinal = probe.serialNo().isEmpty() ? identical.merge(probe.identity(), 1, Integer::sum) - 1 : 0;
            credits.add(new BankLine(probe.account(), probe.serialNo(), date, credit, probe.payerName(),
                    probe.payerAccount(), remark, row.number(), ordinal));
        }

        /** The credit of a line, or null for a debit. */
        private Money credit(Row row) {
            if (layout.column(StatementColumn.CREDIT).isPresent()) {
                Money credit = amount(row, StatementColumn.CREDIT);
                if (credit != null && !credit.isZero()) {
                    return positive(credit, StatementColumn.CREDIT);
                }
                if (layout.column(StatementColumn.AMOUNT).isEmpty()) {
                    if (credit == null && amount(row, StatementColumn.DEBIT) == null) {
                        throw new LineRefused(StatementColumn.CREDIT, "贷方金额和借方金额都是空的");
                    }
                    return null;
                }
            }
            Money amount = amount(row, StatementColumn.AMOUNT);
            if (amount == null) {
                throw new LineRefused(StatementColumn.AMOUNT, "交易金额是空的");
            }
            String flag = TextNormalizer.halfWidthWithoutSpaces(cell(row, StatementColumn.DIRECTION)).toUpperCase();
            if (layout.column(StatementColumn.DIRECTION).isPresent()) {
                if (CREDIT_FLAGS.contains(flag)) {
                    return positive(amount.abs(), StatementColumn.AMOUNT);
                }
                if (DEBIT_FLAGS.contains(flag)) {
                    return null;
                }
                throw new LineRefused(StatementColumn.DIRECTION, "借贷标志“" + flag + "”无法识别");
            }
            return amount.isNegative() || amount.isZero() ? null : amount;
        }

        private static Money positive(Money amount, StatementColumn column) {
            if (amount.isNegative()) {
                throw new LineRefused(column, "贷方金额不应为负数");
            }
            return amount;
        }

        private Money amount(Row row, StatementColumn column) {
            String text = TextNormalizer.halfWidthWithoutSpaces(cell(row, column)).replace(",", "").replace("¥", "")
                    .replace("￥", "").replace("元", "");
            if (text.isEmpty() || text.equals("-") || text.equals("--")) {
                return null;
            }
            if (text.startsWith("+")) {
                text = text.substring(1);
            }
            try {
                return Money.parse(new BigDecimal(text).stripTrailingZeros().toPlainString());
            } catch (RuntimeException e) {
                throw new LineRefused(column, column.label() + "“" + cell(row, column) + "”不是金额");
            }
        }

        private LocalDate date(Row row) {
            String text = TextNormalizer.halfWidthWithoutSpaces(cell(row, StatementColumn.DATE));
            Matcher matcher = DATE.matcher(text);
            LocalDate date;
            try {
                if (!matcher.matches()) {
                    throw new DateTimeParseException("", text, 0);
                }
                date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (RuntimeException e) {
                throw new LineRefused(StatementColumn.DATE, "交易日期“" + text + "”无法识别");
            }
            if (date.isAfter(today)) {
                throw new LineRefused(StatementColumn.DATE, "交易日期" + date + "晚于今天，未导入");
            }
            return date;
        }

        private String cell(Row row, StatementColumn column) {
            return layout.column(column).filter(i -> i < row.cells().size()).map(i -> row.cells().get(i))
                    .map(TextNormalizer::trim).orElse("");
        }

        /** 合计 / 本页合计 rows at the end of an export carry sums, not transfers. */
        private boolean isTotal(Row row) {
            return row.cells().stream().filter(cell -> cell != null && !cell.isBlank()).findFirst()
                    .map(first -> TextNormalizer.halfWidthWithoutSpaces(first).matches(".*(合计|总计|小计).*"))
                    .orElse(false);
        }
    }

    /** A line refused, with the column it is refused for. */
    private static final class LineRefused extends RuntimeException {
        private final String column;

        LineRefused(StatementColumn column, String message) {
            super(message, null, false, false);
            this.column = column.label();
        }
    }
}
