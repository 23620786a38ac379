package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

class PlanFeesTest {

    @Test
    void theGuidesExample() {
        // 25 persons in 住院医疗A (95, subsidy 35) and 25 in 职工重疾 36: 1500 + 900 = 2400
        EnrollmentPlan hospital = EnrollmentPlan.chosen(Catalogs.hospital(), 1).withMembers(new MemberStats(25, 0, 0));
        EnrollmentPlan critical = EnrollmentPlan.chosen(Catalogs.critical(), 1).withMembers(new MemberStats(20, 0, 0))
                .withAnonymousCount(5);
        PlanFees h = PlanFees.of(hospital);
        assertThat(h.totalFee()).isEqualTo(Money.ofYuan(2375));
        assertThat(h.subsidy()).isEqualTo(Money.ofYuan(875));
        assertThat(h.payable()).isEqualTo(Money.ofYuan(1500));
        assertThat(PlanFees.of(critical).payable()).isEqualTo(Money.ofYuan(900));
        assertThat(h.plus(PlanFees.of(critical)).payable()).isEqualTo(Money.ofYuan(2400));
    }

    @Test
    void sharesMultiplyAndHighRiskMembersPayTheirFee() {
        // 女工特病: 8 women x 2 shares x 25 = 400
        assertThat(PlanFees.of(EnrollmentPlan.chosen(Catalogs.female(), 2).withMembers(new MemberStats(8, 0, 0)))
                .totalFee()).isEqualTo(Money.ofYuan(400));
        // 意外伤害: 3 general + 1 high-risk, 2 shares: (3 x 20 + 1 x 25) x 2 = 170
        PlanFees accident = PlanFees.of(EnrollmentPlan.chosen(Catalogs.accident(), 2).withMembers(new MemberStats(4, 1, 0)));
        assertThat(accident.totalFee()).isEqualTo(Money.ofYuan(170));
        assertThat(accident.payable()).isEqualTo(Money.ofYuan(170));
    }
}
