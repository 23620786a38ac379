package cn.huzhu.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.claim.IllnessFigures;
import cn.huzhu.domain.claim.IllnessTier;
import cn.huzhu.domain.claim.MedicalFigures;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.World;

/** The office keeps the catalog; enrollments keep their copy. */
class CatalogAdminTest {
    private final World world = new World();

    private static PlanForm form(String code, String activityId, String fee) {
        return new PlanForm(code, activityId, "测试细类" + code, fee, 2, 12, 16, 60, "ANY", "0", "ALL_EMPLOYEES", true, "",
                "5", "0", "9930", 30, false);
    }

    @Test
    void validatesEveryField() {
        String activity = "T" + UUID.randomUUID().toString().substring(0, 6);
        world.catalog.createActivity(world.reviewer, new CatalogAdmin.ActivityForm(activity, "测试活动", "ACCIDENT"));
        PlanForm bad = new PlanForm("bad code!", activity, "", "abc", 0, 0, 70, 16, "NOPE", "120", "ALL_EMPLOYEES", true, "",
                "-1", "0", "x", 0, null);
        assertThatThrownBy(() -> world.catalog.createPlan(world.reviewer, bad)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).extracting(Problem::field)
                        .contains("feePerShare", "genderRule"));
        PlanForm badNumbers = new PlanForm("X" + activity, activity, "名", "10", 0, 0, 70, 16, "ANY", "120", "ALL_EMPLOYEES",
                true, "", "-1", "0", "x", 366, null);
        assertThatThrownBy(() -> world.catalog.createPlan(world.reviewer, badNumbers)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).extracting(Problem::field)
                        .contains("maxShares", "termMonths", "minAge", "minRatePercent", "subsidyPerPerson", "itemCode",
                                "waitingDays"));
        assertThatThrownBy(() -> world.catalog.createActivity(world.reviewer, new CatalogAdmin.ActivityForm(activity, "重复", "ACCIDENT")))
                .hasMessageContaining("已存在");
    }

    @Test
    void aChosenPlanIsRetiredNotDeletedAndEnrollmentsKeepTheirCopy() {
        String activity = "T" + UUID.randomUUID().toString().substring(0, 6);
        String code = "C" + activity;
        world.catalog.createActivity(world.reviewer, new CatalogAdmin.ActivityForm(activity, "测试活动", "ACCIDENT"));
        world.catalog.createPlan(world.reviewer, form(code, activity, "20"));
        assertThat(world.catalog.createPlan(world.reviewer, form("D" + activity, activity, "30")).highRiskFeePerShare())
                .isEqualTo(Money.ofYuan(30));
        world.catalog.deletePlan(world.reviewer, "D" + activity);

        Caller unit = world.newUnit("目录测试单位");
        Enrollment enrollment = world.draft(unit, code);
        world.catalog.updatePlan(world.reviewer, code, form(code, activity, "99"));
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().requirePlan(code).plan().feePerShare())
                .isEqualTo(Money.ofYuan(20));
        assertThat(world.draft(unit, code).requirePlan(code).plan().feePerShare()).isEqualTo(Money.ofYuan(99));

        assertThatThrownBy(() -> world.catalog.deletePlan(world.reviewer, code)).hasMessageContaining("只能停办");
        world.catalog.setPlanRetired(world.reviewer, code, true);
        assertThatThrownBy(() -> world.draft(unit, code)).hasMessageContaining("已停办");
        assertThat(new CatalogView(world.stores.catalog).open()).noneMatch(a -> a.id().equals(activity));
        assertThat(world.stores.enrollments.find(enrollment.id()).orElseThrow().plan(code)).isPresent();
        world.catalog.setPlanRetired(world.reviewer, code, false);
        assertThat(world.draft(unit, code).plans()).hasSize(1);
    }

    @Test
    void benefitFiguresAreTheOfficesOnceSavedAndCompleteForTheActivityType() {
        PlanBenefits medical = new PlanBenefits("ignored", new MedicalFigures(Money.parse("500"), new BigDecimal("70"),
                Money.parse("20000")), null, null, true);
        PlanBenefits saved = world.catalog.saveBenefits(world.reviewer, "P0101", medical);
        assertThat(saved.placeholder()).isFalse();
        assertThat(saved.planCode()).isEqualTo("P0101");
        assertThat(world.stores.catalog.benefits("P0101")).contains(saved);
        assertThatThrownBy(() -> world.catalog.saveBenefits(world.reviewer, "P0201", medical)).extracting("code")
                .isEqualTo("BENEFITS_INCOMPLETE");
        IllnessFigures twice = new IllnessFigures(List.of(
                new IllnessFigures.Illness("E1", "甲", IllnessTier.SEVERE, Money.parse("100")),
                new IllnessFigures.Illness("E1", "乙", IllnessTier.MILD, Money.parse("10"))));
        assertThatThrownBy(() -> world.catalog.saveBenefits(world.reviewer, "P0201", new PlanBenefits(null, null, twice, null,
                false))).extracting("code").isEqualTo("ILLNESS_CODE_DUPLICATE");
        assertThatThrownBy(() -> world.catalog.saveBenefits(world.finance, "P0101", medical)).isInstanceOf(DomainException.class);
    }
}
