package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.money.Money;

/** The office's own figures must hold what its activity type's claims are computed by. */
class PlanBenefitsTest {
    private static final MedicalFigures MEDICAL = new MedicalFigures(Money.parse("500"), new BigDecimal("70"),
            Money.parse("20000"));
    private static final IllnessFigures ONE_ILLNESS = new IllnessFigures(List.of(
            new IllnessFigures.Illness("E1", "甲", IllnessTier.SEVERE, Money.parse("100"))));

    @Test
    void eachActivityTypeNeedsItsOwnFigures() {
        assertThat(PlanBenefits.entered("P1", ActivityType.HOSPITAL, MEDICAL, null, null).placeholder()).isFalse();
        assertThat(PlanBenefits.entered("P2", ActivityType.FEMALE_DISEASE, null, ONE_ILLNESS, null).planCode()).isEqualTo("P2");
        assertThatThrownBy(() -> PlanBenefits.entered("P3", ActivityType.CRITICAL_ILLNESS, MEDICAL, null, null))
                .extracting("code").isEqualTo("BENEFITS_INCOMPLETE");
        assertThatThrownBy(() -> PlanBenefits.entered("P4", ActivityType.ACCIDENT, MEDICAL, null,
                new AccidentFigures(Money.parse("100000"), Money.parse("100000"), null))).extracting("code")
                .isEqualTo("BENEFITS_INCOMPLETE");
        assertThatThrownBy(() -> PlanBenefits.entered("P5", ActivityType.CRITICAL_ILLNESS, null,
                new IllnessFigures(List.of()), null)).extracting("code").isEqualTo("BENEFITS_INCOMPLETE");
    }

    @Test
    void anIllnessCodeIsListedOnce() {
        IllnessFigures twice = new IllnessFigures(List.of(
                new IllnessFigures.Illness("E1", "甲", IllnessTier.SEVERE, Money.parse("100")),
                new IllnessFigures.Illness("E1", "乙", IllnessTier.MILD, Money.parse("10"))));
        assertThatThrownBy(() -> PlanBenefits.entered("P6", ActivityType.CRITICAL_ILLNESS, null, twice, null))
                .extracting("code").isEqualTo("ILLNESS_CODE_DUPLICATE");
    }
}
