package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.money.Money;

/** A stay held by several of the person's coverages: what the others paid for it counts against its 自付. */
class ClaimAssessorTest {
    private static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");
    private static final LocalDate ADMITTED = LocalDate.of(2026, 5, 1);
    private static final PlanBenefits HOSPITAL = new PlanBenefits("ZY01", new MedicalFigures(Money.parse("300"),
            new BigDecimal("60"), Money.parse("10000")), null, null, true);
    private static final PlanBenefits ACCIDENT = new PlanBenefits("YW01", null, null, new AccidentFigures(
            Money.parse("100000"), Money.parse("100000"), new MedicalFigures(Money.ZERO, new BigDecimal("80"),
                    Money.parse("5000"))), true);
    private static int ids;

    private static Claim claim(ClaimKind kind, ClaimEvent event) {
        String id = "c" + ++ids;
        return Claim.draft(id, "SL" + id, new Claim.Member("u1", "某单位", "1503", "e" + id, "ZY01", "k1", "张三", 1), kind,
                event, BankAccount.of("张三", "中国银行", "6222021234567890", ""), List.of(), NOW, "unit");
    }

    private static ClaimEvent stay(LocalDate admitted, String selfPaid) {
        return new ClaimEvent(admitted, admitted.plusDays(4), Money.parse("20000"), Money.ZERO, Money.parse(selfPaid), null,
                null, null, null, null, null);
    }

    /** Submitted, accepted and assessed by the plan's figures against an empty term, as another coverage would be. */
    private static Claim assessed(ClaimKind kind, ClaimEvent event) {
        Claim claim = claim(kind, event);
        claim.submit("unit", NOW, List.of(), false, List.of());
        claim.accept("claims-a", Role.CLAIMS, NOW, null, 2);
        claim.assess("claims-a", Role.CLAIMS, NOW, ClaimAssessor.assess(claim,
                kind == ClaimKind.HOSPITAL_STAY ? HOSPITAL : ACCIDENT, TermLedger.EMPTY, List.of(),
                Money.ZERO), null, null);
        return claim;
    }

    @Test
    void onlyOtherAssessedClaimsOfTheSameKindForTheSameAdmissionCount() {
        Claim stay = claim(ClaimKind.HOSPITAL_STAY, stay(ADMITTED, "5300"));
        Claim sameStay = assessed(ClaimKind.HOSPITAL_STAY, stay(ADMITTED, "5300"));
        Claim otherStay = assessed(ClaimKind.HOSPITAL_STAY, stay(ADMITTED.minusDays(20), "5300"));
        Claim belowDeductible = assessed(ClaimKind.HOSPITAL_STAY, stay(ADMITTED, "200"));
        Claim sameDayAccident = assessed(ClaimKind.ACCIDENT_MEDICAL, new ClaimEvent(ADMITTED, ADMITTED.plusDays(4),
                Money.parse("20000"), Money.ZERO, Money.parse("5300"), null, null, ADMITTED, "摔伤", null, null));
        Claim notYetAssessed = claim(ClaimKind.HOSPITAL_STAY, stay(ADMITTED, "5300"));
        notYetAssessed.submit("unit", NOW, List.of(), false, List.of());
        Claim paid = assessed(ClaimKind.HOSPITAL_STAY, stay(ADMITTED, "1300"));
        paid.review("claims-b", Role.CLAIMS, NOW, true, null);
        paid.pay("finance-a", Role.FINANCE, NOW, ADMITTED.plusDays(30), "B1");
        assertThat(sameStay.amount()).isEqualTo(Money.parse("3000.00"));
        assertThat(paid.amount()).isEqualTo(Money.parse("600.00"));
        assertThat(belowDeductible.state()).isEqualTo(ClaimState.REFUSED);

        assertThat(ClaimAssessor.paidByOtherCovers(stay, List.of(sameStay, otherStay, belowDeductible, sameDayAccident,
                notYetAssessed, paid))).as("3,000 assessed and 600 paid for the same admission").isEqualTo(Money.parse("3600.00"));
        assertThat(ClaimAssessor.paidByOtherCovers(stay, List.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void anIllnessSharesNoSelfPaidPart() {
        Claim illness = claim(ClaimKind.CRITICAL_ILLNESS, new ClaimEvent(null, null, null, null, null, ADMITTED, "F01", null,
                null, null, null));
        assertThat(ClaimAssessor.sharesItsSelfPaidPart(illness)).isFalse();
        assertThat(ClaimAssessor.paidByOtherCovers(illness, List.of(assessed(ClaimKind.HOSPITAL_STAY, stay(ADMITTED, "5300")))))
                .isEqualTo(Money.ZERO);
    }
}
