package cn.huzhu.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.domain.enrollment.CoveragePeriod;

/** 增员's fees: months to the 原参保单's end (a part month whole, never more than the term), prorated per person. */
class ProrationTest {

    @ParameterizedTest(name = "cover {0} to {1} of a {2}-month term: {3} months")
    @CsvSource({
            "2026-05-11, 2026-12-31, 12, 8",   // the specification's example (confirmed 2026-05-10)
            "2026-12-15, 2026-12-31, 12, 1",   // a part month counts whole
            "2026-01-01, 2026-12-31, 12, 12",
            "2026-01-31, 2026-12-31, 12, 12",  // 11 months from a 31st reach only Dec 30
            "2026-02-01, 2026-12-31, 12, 11",
            "2024-02-29, 2024-12-31, 12, 11",  // leap day start: 10 months reach Dec 28 only
            "2024-03-01, 2025-02-28, 12, 12",
            "2026-06-01, 2027-12-31, 24, 19",  // 女工特病's 24 months
            "2025-12-02, 2026-12-31, 12, 12"   // more than the term never costs more than the term
    })
    void monthsToReachTheCommonEnd(LocalDate start, LocalDate end, int term, int months) {
        assertThat(CoveragePeriod.monthsToReach(start, end, term)).isEqualTo(months);
    }

    @Test
    void theSpecificationsWorkedExampleIsExactPerPerson() {
        Proration eightOfTwelve = new Proration(8, 12);
        // 职工重疾 2 shares: 36 × 2 × 8 ÷ 12 = 48.00; 住院医疗A: 95 × 8 ÷ 12 = 63.33
        assertThat(eightOfTwelve.of(Money.ofYuan(36).times(2))).isEqualTo(Money.parse("48.00"));
        assertThat(eightOfTwelve.of(Money.ofYuan(95))).isEqualTo(Money.parse("63.33"));
        assertThat(new Proration(1, 12).of(Money.ofYuan(95))).isEqualTo(Money.parse("7.92")); // 7.9166… half-up
        assertThat(new Proration(1, 24).of(Money.ofYuan(25))).isEqualTo(Money.parse("1.04")); // 1.0416…
        assertThat(Proration.whole(12).of(Money.ofYuan(95))).isEqualTo(Money.ofYuan(95));
        assertThatThrownBy(() -> new Proration(13, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proration(0, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fees_subsidyAndGiftAreProratedPerPersonSoPersonsTimesUnitPriceStaysExact() {
        // 住院医疗A for 8 months, 3 persons, one of them 高危 at 100 a share, 补贴 35 and 赠险 5 a person
        FeeBasis basis = new FeeBasis(Money.ofYuan(95), Money.ofYuan(100), 1, 3, 1, Money.ofYuan(35), Money.ofYuan(5),
                Money.ZERO, new Proration(8, 12));
        PlanFees fees = PlanFees.of(basis);
        assertThat(basis.perGeneralPerson()).isEqualTo(Money.parse("63.33"));
        assertThat(basis.perHighRiskPerson()).isEqualTo(Money.parse("66.67"));
        assertThat(fees.totalFee()).isEqualTo(Money.parse("193.33"));   // 63.33 × 2 + 66.67
        assertThat(fees.subsidy()).isEqualTo(Money.parse("69.99"));     // 23.33 × 3
        assertThat(fees.gift()).isEqualTo(Money.parse("9.99"));         // 3.33 × 3
        assertThat(fees.payable()).isEqualTo(Money.parse("113.35"));
        assertThat(PlanFees.of(new FeeBasis(Money.ofYuan(95), Money.ofYuan(100), 1, 3, 1, Money.ofYuan(35),
                Money.ofYuan(5), Money.ZERO)).totalFee()).as("no proration: the whole term").isEqualTo(Money.ofYuan(290));
    }
}
