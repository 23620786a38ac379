package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.huzhu.domain.enrollment.PaymentReference;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.statement.BankLine;
import cn.huzhu.domain.statement.Match;
import cn.huzhu.domain.statement.MatchStatus;
import cn.huzhu.domain.statement.OpenDue;
import cn.huzhu.domain.statement.StatementMatcher;
import cn.huzhu.domain.statement.StatementTable;
import cn.huzhu.testing.BankStatements;
import cn.huzhu.testing.BankStatements.Bank;
import cn.huzhu.testing.BankStatements.Transfer;

/**
 * Each bank's export, read and matched: transfers carrying their 缴款识别码 in many spellings, a wrong amount, no code, a
 * broken code, a combined and a split payment; every line's outcome asserted.
 */
class StatementMatchingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRTUWXY";

    private static String code(String body) {
        for (char c : ALPHABET.toCharArray()) {
            if (PaymentReference.valid(body + c)) {
                return body + c;
            }
        }
        throw new IllegalArgumentException(body);
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }

    private static OpenDue due(String id, String unit, String name, String code, String payable) {
        return new OpenDue(id, "SQ" + id, unit, name, code, Money.parse(payable), DAY.minusDays(3), List.of(name + "工会"));
    }

    @ParameterizedTest
    @EnumSource(Bank.class)
    void everyLineOfEveryBanksExportGetsItsOutcome(Bank bank, @TempDir Path dir) throws IOException {
        String[] codes = {code("K7M2Q"), code("WX9A3"), code("HJ4PT"), code("R8NUE"), code("C3D4F"), code("G5H6J"),
                code("L7M8N"), code("P9Q2R"), code("T3U4W"), code("X5Y6Z".replace('Z', '2'))};
        List<OpenDue> dues = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            dues.add(due("e" + i, i == 6 || i == 7 ? "u-port" : "u" + i, i == 6 || i == 7 ? "青岛港集团" : "单位" + i, codes[i],
                    i == 6 ? "300.00" : i == 7 ? "200.00" : "400.00"));
        }
        dues.add(due("e-plain", "u-plain", "青岛市市立医院", null, "123.45"));
        Map<String, MatchStatus> expected = new LinkedHashMap<>();
        List<Transfer> transfers = new ArrayList<>();
        BigDecimal fourHundred = new BigDecimal("400.00");
        add(transfers, expected, "S01", fourHundred, "单位0", "会费" + codes[0], MatchStatus.AUTO);
        add(transfers, expected, "S02", fourHundred, "单位1", codes[1].toLowerCase(), MatchStatus.AUTO);
        add(transfers, expected, "S03", fourHundred, "单位2", "缴费 " + codes[2].substring(0, 3) + " " + codes[2].substring(3),
                MatchStatus.AUTO);
        add(transfers, expected, "S04", fourHundred, "单位3", fullWidth(codes[3]) + "单位3", MatchStatus.AUTO);
        add(transfers, expected, "S05", fourHundred, "单位4", "2026" + codes[4] + "13800000000", MatchStatus.AUTO);
        add(transfers, expected, "S06", new BigDecimal("380.00"), "单位5", "识别码:" + codes[5], MatchStatus.MISMATCH);
        add(transfers, expected, "S07", new BigDecimal("500.00"), "青岛港集团", codes[6] + "、" + codes[7], MatchStatus.PROPOSED);
        add(transfers, expected, "S08", new BigDecimal("150.00"), "单位8", codes[8], MatchStatus.PROPOSED);
        add(transfers, expected, "S09", new BigDecimal("250.00"), "单位8工会", "补 " + codes[8], MatchStatus.PROPOSED);
        add(transfers, expected, "S10", new BigDecimal("123.45"), "青岛市立医院", "互助会费", MatchStatus.PROPOSED);
        String broken = codes[9].substring(0, 5) + (codes[9].charAt(5) == 'X' ? 'Y' : 'X');
        add(transfers, expected, "S11", fourHundred, "单位9", "会费" + broken, MatchStatus.PENDING);
        add(transfers, expected, "S12", new BigDecimal("66.00"), "陌生人", "电话13805321234 日期20261201", MatchStatus.PENDING);
        add(transfers, expected, "S13", fourHundred, "单位0", "再次" + codes[0], MatchStatus.PENDING);
        transfers.add(new Transfer(DAY, "S14", new BigDecimal("-20.00"), "银行", "", "手续费"));

        StatementTable.Statement statement = new BankStatementFiles().read(BankStatements.write(bank, transfers, dir),
                List.of(BankStatements.OFFICE_ACCOUNT), DAY);
        Map<String, Match> matches = new StatementMatcher(dues, Set.of()).match(statement.credits());

        assertThat(statement.credits()).hasSize(expected.size());
        List<String> payers = new ArrayList<>(expected.keySet());
        for (int i = 0; i < payers.size(); i++) {
            BankLine line = statement.credits().get(i);
            Match match = matches.get(line.key());
            assertThat(match.status()).as("%s %s: %s", bank.label, payers.get(i), match.reason())
                    .isEqualTo(expected.get(payers.get(i)));
        }
        Match split = matches.get(statement.credits().get(7).key());
        assertThat(split.group()).hasSize(2);
        Match combined = matches.get(statement.credits().get(6).key());
        assertThat(combined.enrollmentIds()).containsExactly("e6", "e7");
        Match suggested = matches.get(statement.credits().get(9).key());
        assertThat(suggested.suggestions()).first().satisfies(s -> assertThat(s.enrollmentIds()).containsExactly("e-plain"));
        assertThat(matches.get(statement.credits().get(12).key()).reason()).startsWith("重复缴款");
    }

    private static void add(List<Transfer> transfers, Map<String, MatchStatus> expected, String serial, BigDecimal amount,
            String payer, String remark, MatchStatus outcome) {
        transfers.add(new Transfer(DAY, serial, amount, payer, "6222000011112222", remark));
        expected.put(serial + " " + remark, outcome);
    }
}
