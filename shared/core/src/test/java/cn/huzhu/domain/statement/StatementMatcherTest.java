package cn.huzhu.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.money.Money;

class StatementMatcherTest {
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 20);
    private static final String A = Codes.valid("K7M2Q");
    private static final String B = Codes.valid("WX9A3");
    private static final String C = Codes.valid("HJ4PT");
    private static final String D = Codes.valid("R8NUE");

    private static final OpenDue BEER = due("e-a", "u-beer", "青岛啤酒股份有限公司", A, "2375.00");
    private static final OpenDue BEER_TOO = due("e-b", "u-beer", "青岛啤酒股份有限公司", B, "95.00");
    private static final OpenDue PORT = due("e-c", "u-port", "青岛港集团有限公司", C, "1000.00");
    private static final OpenDue HOSPITAL = due("e-d", "u-hosp", "青岛市市立医院", D, "1000.00");

    private static OpenDue due(String id, String unit, String name, String code, String payable) {
        return new OpenDue(id, "SQ-" + id, unit, name, code, Money.parse(payable), PRINTED, List.of(name));
    }

    private static int rows;

    private static BankLine line(String amount, String payer, String remark) {
        return new BankLine("232554192616", "S" + (++rows), LocalDate.of(2026, 12, 1), Money.parse(amount), payer, "",
                remark, rows, 0);
    }

    private static Map<String, Match> match(Set<String> taken, BankLine... lines) {
        return new StatementMatcher(List.of(BEER, BEER_TOO, PORT, HOSPITAL), taken).match(List.of(lines));
    }

    @Test
    void aValidCodeAndTheExactDueIsAnAutomaticMatch() {
        BankLine line = line("2375.00", "青岛啤酒股份有限公司", "会费" + A.toLowerCase());
        Match match = match(Set.of(), line).get(line.key());
        assertThat(match.status()).isEqualTo(MatchStatus.AUTO);
        assertThat(match.enrollmentIds()).containsExactly("e-a");
    }

    @Test
    void aValidCodeWithAnotherAmountIsAMismatchWithTheDifference() {
        BankLine less = line("2300.00", "x", A);
        BankLine more = line("2400.00", "x", B);
        Map<String, Match> matches = match(Set.of(), less, more);
        assertThat(matches.get(less.key()).status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(matches.get(less.key()).difference()).isEqualTo(Money.parse("-75"));
        assertThat(matches.get(less.key()).reason()).contains("少付75.00元");
        assertThat(matches.get(more.key()).reason()).contains("多付2305.00元");
    }

    @Test
    void linesWithOneCodeThatTogetherPayTheDueAreASplitPayment() {
        BankLine first = line("2000.00", "青岛啤酒股份有限公司", A);
        BankLine second = line("375.00", "青岛啤酒工会", A);
        Map<String, Match> matches = match(Set.of(), first, second);
        for (BankLine line : List.of(first, second)) {
            assertThat(matches.get(line.key()).status()).isEqualTo(MatchStatus.PROPOSED);
            assertThat(matches.get(line.key()).group()).containsExactly(first.key(), second.key());
            assertThat(matches.get(line.key()).enrollmentIds()).containsExactly("e-a");
        }
    }

    @Test
    void twoCodesOfOneUnitWhoseDuesAddUpAreACombinedPayment() {
        BankLine line = line("2470.00", "青岛啤酒股份有限公司", A + " " + B);
        Match match = match(Set.of(), line).get(line.key());
        assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(match.enrollmentIds()).containsExactly("e-a", "e-b");

        BankLine twoUnits = line("3375.00", "x", A + " " + C);
        assertThat(match(Set.of(), twoUnits).get(twoUnits.key()).status()).isEqualTo(MatchStatus.PENDING);
    }

    @Test
    void aBrokenOrUnknownCodeIsInvalid() {
        BankLine broken = line("2375.00", "x", "会费" + Codes.broken("K7M2Q"));
        BankLine unknown = line("2375.00", "x", "会费 " + Codes.valid("PQRT7"));
        Map<String, Match> matches = match(Set.of(), broken, unknown);
        assertThat(matches.get(broken.key()).status()).isEqualTo(MatchStatus.PENDING);
        assertThat(matches.get(broken.key()).reason()).startsWith("识别码无效").contains("校验位不符");
        assertThat(matches.get(unknown.key()).reason()).startsWith("识别码无效").contains("不是待缴费参保单的识别码");
    }

    @Test
    void aSecondFullPaymentForAnEnrollmentIsADuplicate() {
        BankLine first = line("2375.00", "x", A);
        BankLine second = line("2375.00", "x", A);
        Map<String, Match> matches = match(Set.of(), first, second);
        assertThat(matches.get(first.key()).status()).isEqualTo(MatchStatus.AUTO);
        assertThat(matches.get(second.key()).status()).isEqualTo(MatchStatus.PENDING);
        assertThat(matches.get(second.key()).reason()).startsWith("重复缴款");

        BankLine later = line("2375.00", "x", A);
        assertThat(match(Set.of("e-a"), later).get(later.key()).reason()).startsWith("重复缴款");
    }

    @Test
    void withoutACodeEqualAmountsAreSuggestedRankedByThePayersName() {
        BankLine line = line("1000.00", "青岛港集团", "会费");
        Match match = match(Set.of(), line).get(line.key());
        assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(match.suggestions()).extracting(s -> s.enrollmentIds().get(0)).containsExactly("e-c", "e-d");
        assertThat(match.suggestions().get(0).score()).isGreaterThan(match.suggestions().get(1).score());
    }

    @Test
    void withoutACodeOneUnitsDuesTogetherAreSuggestedAndNothingBeforeTheNoticeIs() {
        BankLine both = line("2470.00", "青岛啤酒", "");
        assertThat(match(Set.of(), both).get(both.key()).suggestions()).extracting(Match.Suggestion::enrollmentIds)
                .containsExactly(List.of("e-a", "e-b"));

        BankLine early = new BankLine("232554192616", "S-early", PRINTED.minusDays(1), Money.parse("1000"), "青岛港", "", "",
                1, 0);
        Match match = match(Set.of(), early).get(early.key());
        assertThat(match.status()).isEqualTo(MatchStatus.PENDING);
        assertThat(match.suggestions()).isEmpty();
    }

    @Test
    void similarityIsHighForTheSameNameAndZeroForNothingShared() {
        assertThat(StatementMatcher.similarity("青岛啤酒股份有限公司", "青岛啤酒股份有限公司")).isEqualTo(100);
        assertThat(StatementMatcher.similarity("张三", "青岛港集团")).isZero();
        assertThat(StatementMatcher.similarity("", "青岛港集团")).isZero();
    }

    @Test
    void twoTransfersWithoutACodeFromPayersLikeOneUnitThatPayItsDueAreProposedAsASplit() {
        BankLine first = line("600.00", "青岛港集团有限公司", "会费");
        BankLine second = line("400.00", "青岛港集团有限公司工会", "会费");
        BankLine stranger = line("400.00", "张三", "转账");
        Map<String, Match> matches = match(Set.of(), first, second, stranger);
        for (BankLine line : List.of(first, second)) {
            Match match = matches.get(line.key());
            assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
            assertThat(match.group()).containsExactly(first.key(), second.key());
            assertThat(match.suggestions()).singleElement().satisfies(s -> assertThat(s.enrollmentIds()).containsExactly("e-c"));
        }
        assertThat(matches.get(stranger.key()).group()).isEmpty();

        BankLine unlike = line("600.00", "某某贸易公司", "货款");
        BankLine other = line("400.00", "青岛港集团有限公司工会", "会费");
        assertThat(match(Set.of(), unlike, other).get(unlike.key()).group()).as("one payer unlike the unit").isEmpty();
    }
}
