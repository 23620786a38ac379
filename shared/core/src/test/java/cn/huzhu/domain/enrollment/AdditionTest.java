package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

/**
 * 增员 as a business: started from a confirmed 原参保单 with its plans and shares, charged for the months to the
 * 共同止期 (the specification's worked example), fixed at approval, covered to the 共同止期, and refused once the term
 * is over.
 */
class AdditionTest {
    /** 2026-05-10 in Beijing. */
    private static final Instant MAY_10 = Instant.parse("2026-05-10T02:00:00Z");

    /** 原参保单 confirmed 2025-12-31: cover 2026-01-01 to 2026-12-31; 住院医疗A 1 share, 职工重疾 2 shares. */
    private static Enrollment origin(Plan hospital) {
        List<EnrollmentPlan> rows = List.of(
                new EnrollmentPlan(ChosenPlan.of(hospital, Catalogs.HOSPITAL), 1, 0, new MemberStats(10, 0, 0), Money.ZERO),
                new EnrollmentPlan(Catalogs.critical(), 2, 0, new MemberStats(10, 0, 0), Money.ZERO));
        Confirmation confirmation = new Confirmation("G15032026010001", LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 1), 1, null, "k1");
        Settlement settlement = new Settlement(List.of(), null, null, confirmation,
                Fulfilment.done(0, 20, Instant.parse("2026-01-01T00:00:00Z")), null);
        return new Enrollment("o1", "PRT1", "u1", "某单位", "1503", Instant.parse("2025-12-01T00:00:00Z"), "unit", false,
                rows, 30, 12, "", EnrollmentState.CONFIRMED, null, null, 1, List.of(), BusinessType.NEW, null, settlement, 1L);
    }

    private static Enrollment addition(Plan hospital, int persons) {
        Enrollment e = Enrollment.addition("a1", "PRT2", origin(hospital), MAY_10, "unit");
        e.plans().forEach(row -> e.recordMembers(row.code(), new MemberStats(persons, 0, 0)));
        return e;
    }

    @Test
    void theWorkedExample() {
        Enrollment e = addition(Catalogs.HOSPITAL_A, 3);
        assertThat(e.businessType()).isEqualTo(BusinessType.ADDITION);
        assertThat(e.origin()).isEqualTo("o1");
        EnrollmentPlan hospital = e.requirePlan("P0101");
        EnrollmentPlan critical = e.requirePlan("P0201");
        assertThat(critical.shares()).isEqualTo(2);
        assertThat(hospital.addition()).isEqualTo(new AdditionTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 8));
        assertThat(critical.feeBasis().perGeneralPerson()).isEqualTo(Money.parse("48.00"));
        assertThat(hospital.feeBasis().perGeneralPerson()).isEqualTo(Money.parse("63.33"));
        // 补贴 35 × 8 ÷ 12 = 23.33 per person, so 人数 × 人均 = 总额 stays exact for fee and 补贴 alike
        assertThat(hospital.fees().totalFee()).isEqualTo(Money.parse("189.99"));
        assertThat(hospital.fees().subsidy()).isEqualTo(Money.parse("69.99"));
        assertThat(e.fees().payable()).isEqualTo(Money.parse("264.00"));
    }

    @Test
    void aPlanChargingTheWholeTermChargesFeeAndSubsidyWhole() {
        Plan p = Catalogs.HOSPITAL_A;
        Plan whole = new Plan(p.code(), p.activityId(), p.name(), p.feePerShare(), p.maxShares(), p.termMonths(), p.minAge(),
                p.maxAge(), p.genderRule(), p.minRatePercent(), p.rateBase(), p.highRiskAllowed(), p.highRiskFeePerShare(),
                p.subsidyPerPerson(), p.giftPerPerson(), p.itemCode(), p.waitingDays(), true, false);
        EnrollmentPlan hospital = addition(whole, 2).requirePlan("P0101");
        assertThat(hospital.fees().totalFee()).isEqualTo(Money.parse("190.00"));
        assertThat(hospital.fees().subsidy()).isEqualTo(Money.parse("70.00"));
    }

    @Test
    void monthsAreCountedAgainAtSubmissionAndFixedAtApproval() {
        Enrollment e = addition(Catalogs.HOSPITAL_A, 1);
        e.apply(EnrollmentAction.SUBMIT, "unit", Role.UNIT, null, Instant.parse("2026-06-02T02:00:00Z"));
        assertThat(e.requirePlan("P0101").addition().months()).isEqualTo(7);
        e.apply(EnrollmentAction.APPROVE, "r", Role.REVIEWER, null, Instant.parse("2026-07-05T02:00:00Z"));
        assertThat(e.requirePlan("P0101").addition().months()).isEqualTo(6);
        assertThat(e.requirePlan("P0101").feeBasis().perGeneralPerson()).isEqualTo(Money.parse("47.50"));
    }

    @Test
    void plansSharesAndAnonymousHeadcountsStayTheOriginals() {
        Enrollment e = addition(Catalogs.HOSPITAL_A, 1);
        assertThatThrownBy(() -> e.changeShares("P0201", 3)).extracting("code").isEqualTo("ADDITION_PLANS_FIXED");
        assertThatThrownBy(() -> e.addPlan(Catalogs.accident(), 1)).extracting("code").isEqualTo("ADDITION_PLANS_FIXED");
        assertThatThrownBy(() -> e.removePlan("P0201", MAY_10)).extracting("code").isEqualTo("ADDITION_PLANS_FIXED");
        assertThatThrownBy(() -> e.setAnonymousCount("P0201", 5)).extracting("code").isEqualTo("ADDITION_PLANS_FIXED");
        assertThatThrownBy(() -> Enrollment.addition("a2", "PRT3", e, MAY_10, "unit")).isInstanceOf(DomainException.class);
    }

    @Test
    void anAdditionNeedsSomeoneButNotTheOriginalsEmployeeRules() {
        Enrollment empty = addition(Catalogs.HOSPITAL_A, 0);
        assertThat(SubmissionCheck.problems(empty)).extracting(p -> p.message()).containsExactly("增员人员清单为空，请导入人员清单或新增人员");
        // 35 people against the 30 employees the 原参保单 stated: the 增员 adds new hires to them
        assertThat(SubmissionCheck.problems(addition(Catalogs.HOSPITAL_A, 35))).isEmpty();
    }

    @Test
    void coverRunsFromTheDayAfterConfirmationToTheCommonEnd() {
        EnrollmentPlan hospital = addition(Catalogs.HOSPITAL_A, 1).requirePlan("P0101");
        CoveragePeriod period = hospital.periodConfirmedOn(LocalDate.of(2026, 5, 10), LocalDate.of(2027, 3, 1));
        assertThat(period).isEqualTo(new CoveragePeriod(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 12, 31)));
        assertThat(hospital.coverEnd(LocalDate.of(2026, 5, 11))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void noAdditionOnceTheTermIsOverAndNoPaymentConfirmedOnItsLastDay() {
        assertThatThrownBy(() -> Enrollment.addition("a3", "PRT4", origin(Catalogs.HOSPITAL_A),
                Instant.parse("2026-12-31T02:00:00Z"), "unit")).extracting("code").isEqualTo("ORIGIN_TERM_ENDED");
        Enrollment e = awaitingPayment(addition(Catalogs.HOSPITAL_A, 1));
        assertThat(e.additionEnd()).contains(LocalDate.of(2026, 12, 31));
        e.checkPayment(e.fees().payable(), LocalDate.of(2026, 12, 30), "B1", Role.FINANCE, Instant.parse("2026-12-30T02:00:00Z"));
        assertThatThrownBy(() -> e.checkPayment(e.fees().payable(), LocalDate.of(2026, 12, 31), "B1", Role.FINANCE,
                Instant.parse("2026-12-31T02:00:00Z"))).extracting("code").isEqualTo("ORIGIN_TERM_ENDED");
    }

    private static Enrollment awaitingPayment(Enrollment e) {
        return new Enrollment(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(), e.createdAt(),
                e.createdBy(), false, e.plans(), null, null, "", EnrollmentState.AWAITING_PAYMENT, MAY_10, null, 1,
                List.of(), BusinessType.ADDITION, e.origin(), Settlement.NONE, 3L);
    }

    @Test
    void anAdditionIsRenewedWithItsOriginal() {
        assertThat(addition(Catalogs.HOSPITAL_A, 1).coverEnds()).isEmpty();
    }
}
