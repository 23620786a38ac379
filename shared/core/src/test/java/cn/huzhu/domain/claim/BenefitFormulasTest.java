package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.domain.money.Money;

/** Every benefit formula of the specification, table-driven, with its worked examples. */
class BenefitFormulasTest {
    private static final MedicalFigures HOSPITAL = new MedicalFigures(Money.parse("300"), new BigDecimal("60"),
            Money.parse("10000"));
    private static final IllnessFigures ILLNESSES = new IllnessFigures(List.of(
            new IllnessFigures.Illness("E01", "恶性肿瘤", IllnessTier.SEVERE, Money.parse("20000")),
            new IllnessFigures.Illness("E30", "轻度脑中风后遗症", IllnessTier.MILD, Money.parse("5000")),
            new IllnessFigures.Illness("E40", "原位癌", IllnessTier.IN_SITU, Money.parse("3000"))));
    private static final AccidentFigures ACCIDENT = new AccidentFigures(Money.parse("100000"), Money.parse("100000"),
            new MedicalFigures(Money.parse("100"), new BigDecimal("80"), Money.parse("5000")));

    private static Money money(String yuan) {
        return yuan == null || yuan.isBlank() ? Money.ZERO : Money.parse(yuan);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case                                    | 自付     | shares | 已用起付线 | 本期已付 | 他保已付 | amount  | refusal          | 用起付线
        "the worked example: 5,300 → 3,000.00     | 5300    | 1 | 0   | 0     | 0    | 3000.00 | -                | 300.00",
        "the second stay of the term: 1,000 → 600 | 1000    | 1 | 300 | 3000  | 0    | 600.00  | -                | 0.00",
        "below what is left of the 起付线          | 200     | 1 | 0   | 0     | 0    | 0.00    | BELOW_DEDUCTIBLE | 200.00",
        "the rest of the 起付线 on the next stay   | 500     | 1 | 200 | 0     | 0    | 240.00  | -                | 100.00",
        "capped by 年度封顶 × shares less paid     | 5300    | 1 | 300 | 9800  | 0    | 200.00  | -                | 0.00",
        "two shares double the cap                | 5300    | 2 | 300 | 9800  | 0    | 3180.00 | -                | 0.00",
        "the cap used up uses no 起付线            | 5300    | 1 | 0   | 10000 | 0    | 0.00    | CAP_REACHED      | 0.00",
        "rounded half-up once: 0.006 is 0.01      | 300.01  | 1 | 0   | 0     | 0    | 0.01    | -                | 300.00",
        "rounded half-up: 0.012 is 0.01           | 300.02  | 1 | 0   | 0     | 0    | 0.01    | -                | 300.00",
        "other coverages paid most of the 自付     | 5300    | 1 | 0   | 0     | 5000 | 300.00  | -                | 300.00",
        "other coverages paid all of it           | 5300    | 1 | 0   | 0     | 5300 | 0.00    | CAP_REACHED      | 0.00",
    })
    void staysPayAboveTheDeductibleAtTheRatioWithinTheCap(String name, String selfPaid, int shares, String deductibleUsed,
            String paid, String others, String amount, RefusalReason refusal, String usesDeductible) {
        Assessment a = HOSPITAL.assess(money(selfPaid), shares, new MedicalFigures.Used(money(deductibleUsed), money(paid)),
                money(others));
        assertThat(a.amount()).isEqualTo(Money.parse(amount));
        assertThat(a.refusal()).isEqualTo(refusal);
        assertThat(a.deductibleUsed()).isEqualTo(Money.parse(usesDeductible));
        assertThat(a.breakdown()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "a 重症 pays its sum × shares             | E01 | 2 | -                | 40000.00 | -",
        "a 轻症 with a 重症 paid before           | E30 | 1 | SEVERE           | 5000.00  | -",
        "a second 重症 in the term is 重复申领      | E01 | 1 | SEVERE           | 0.00     | DUPLICATE",
        "each tier once per term                  | E40 | 3 | MILD,IN_SITU     | 0.00     | DUPLICATE",
        "an illness not on the list               | X99 | 1 | -                | 0.00     | NOT_COVERED",
    })
    void illnessesPayTheirTiersSumOncePerTerm(String name, String code, int shares, String paidTiers, String amount,
            RefusalReason refusal) {
        Set<IllnessTier> paid = paidTiers == null ? Set.of()
                : java.util.Arrays.stream(paidTiers.split(",")).map(IllnessTier::valueOf).collect(java.util.stream.Collectors.toSet());
        Assessment a = ILLNESSES.assess(code, shares, paid);
        assertThat(a.amount()).isEqualTo(Money.parse(amount));
        assertThat(a.refusal()).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "10级 is 10 % of the 伤残 sum                   | 10 | 10  | 1 | 0      | 0     | 10000.00  | -",
        "a worse grade of the same accident: the rest   | 8  | 30  | 1 | 10000  | 10000 | 20000.00  | -",
        "1级 with two shares                            | 1  | 100 | 2 | 0      | 0     | 200000.00 | -",
        "the term's 伤残 add up to at most 100 %        | 1  | 100 | 1 | 95000  | 0     | 5000.00   | -",
        "nothing left of the 伤残 sum                   | 5  | 60  | 1 | 100000 | 0     | 0.00      | CAP_REACHED",
        "a better grade than already paid pays nothing  | 9  | 20  | 1 | 30000  | 30000 | 0.00      | CAP_REACHED",
    })
    void disabilityPaysTheGradesRatioWithinTheSum(String name, int grade, String percent, int shares, String inTerm,
            String sameAccident, String amount, RefusalReason refusal) {
        Assessment a = ACCIDENT.disability(grade, new BigDecimal(percent), shares,
                new AccidentFigures.DisabilityPaid(money(inTerm), money(sameAccident)));
        assertThat(a.amount()).isEqualTo(Money.parse(amount));
        assertThat(a.refusal()).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "身故 pays sum × shares                   | 2 | 0      | 200000.00 | -",
        "伤残 then 身故: the 身故 sum less 伤残     | 1 | 30000  | 70000.00  | -",
        "伤残 took it all: closed 已达封顶          | 1 | 100000 | 0.00      | CAP_REACHED",
    })
    void deathPaysTheSumLessTheTermsDisability(String name, int shares, String disabilityPaid, String amount,
            RefusalReason refusal) {
        Assessment a = ACCIDENT.death(shares, money(disabilityPaid));
        assertThat(a.amount()).isEqualTo(Money.parse(amount));
        assertThat(a.refusal()).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "event {0}, filed {1}: timely {2}")
    @CsvSource({
        "2024-02-29, 2026-02-28, true",
        "2024-02-29, 2026-03-01, false",
        "2025-06-30, 2027-06-30, true",
        "2025-06-30, 2027-07-01, false",
    })
    void claimsAreFiledWithinTwoCalendarYearsTheAnniversaryIncluded(LocalDate event, LocalDate filed, boolean timely) {
        assertThat(ClaimDeadline.timely(event, filed, 2)).isEqualTo(timely);
    }
}
