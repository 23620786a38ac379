package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

/** A plan row hands the money module its catalog fees, its shares, named plus 无名单 persons and its 高危职业 count. */
class EnrollmentPlanFeesTest {

    @Test
    void anonymousHeadcountPaysLikeNamedMembers() {
        EnrollmentPlan critical = EnrollmentPlan.chosen(Catalogs.critical(), 1).withMembers(new MemberStats(20, 0, 0))
                .withAnonymousCount(5);
        assertThat(critical.fees().payable()).isEqualTo(Money.ofYuan(900));
    }

    @Test
    void highRiskMembersPayTheirFeeAndTheClaimIsDeducted() {
        EnrollmentPlan accident = EnrollmentPlan.chosen(Catalogs.accident(), 2).withMembers(new MemberStats(4, 1, 0))
                .withClaimDeduction(Money.ofYuan(70));
        assertThat(accident.fees().totalFee()).isEqualTo(Money.ofYuan(170));
        assertThat(accident.fees().payable()).isEqualTo(Money.ofYuan(100));
    }

    @Test
    void theHospitalPlansSubsidyComesFromTheCatalog() {
        EnrollmentPlan hospital = EnrollmentPlan.chosen(Catalogs.hospital(), 1).withMembers(new MemberStats(25, 0, 0));
        assertThat(hospital.fees().subsidy()).isEqualTo(Money.ofYuan(875));
        assertThat(hospital.fees().payable()).isEqualTo(Money.ofYuan(1500));
    }
}
