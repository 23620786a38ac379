package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.money.Money;

/** The term's claims share one 起付线, one cap, one set of tiers and one 伤残 sum, whatever order they come in. */
class TermLedgerTest {
    private static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");
    private static final List<BigDecimal> GRADES = List.of(new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("80"),
            new BigDecimal("70"), new BigDecimal("60"), new BigDecimal("50"), new BigDecimal("40"), new BigDecimal("30"),
            new BigDecimal("20"), new BigDecimal("10"));
    private static final PlanBenefits HOSPITAL = new PlanBenefits("ZY01", new MedicalFigures(Money.parse("300"),
            new BigDecimal("60"), Money.parse("10000")), null, null, true);
    private static final PlanBenefits ACCIDENT = new PlanBenefits("YW01", null, null, new AccidentFigures(
            Money.parse("100000"), Money.parse("100000"), new MedicalFigures(Money.ZERO, new BigDecimal("80"),
                    Money.parse("5000"))), true);

    private static Claim claim(String id, ClaimKind kind, ClaimEvent event) {
        return Claim.draft(id, "SL" + id, new Claim.Member("u1", "某单位", "1503", "e1", "ZY01", "k1", "张三", 1), kind, event,
                BankAccount.of("张三", "中国银行", "6222021234567890", ""), List.of(), NOW, "unit");
    }

    private static ClaimEvent stay(String selfPaid) {
        return new ClaimEvent(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3), Money.parse("20000"), Money.ZERO,
                Money.parse(selfPaid), null, null, null, null, null, null);
    }

    /** A new claim submitted, accepted and assessed against the ledger, with the share it takes there. */
    private static TermLedger assessInto(TermLedger ledger, Claim draft, PlanBenefits benefits) {
        draft.submit("unit", NOW, List.of(), false, List.of());
        draft.accept("claims-a", Role.CLAIMS, NOW, null, 2);
        Assessment computed = ClaimAssessor.assess(draft, benefits, ledger, GRADES, Money.ZERO);
        draft.assess("claims-a", Role.CLAIMS, NOW, computed, null, null);
        return ledger.with(draft.id(), ClaimAssessor.share(draft, computed, benefits));
    }

    @Test
    void staysShareTheDeductibleAndTheCapAndAReassessmentReplacesItsOwnEntry() {
        Claim first = claim("1", ClaimKind.HOSPITAL_STAY, stay("5300"));
        Claim second = claim("2", ClaimKind.HOSPITAL_STAY, stay("1000"));
        TermLedger ledger = assessInto(TermLedger.EMPTY, first, HOSPITAL);
        assertThat(ClaimAssessor.assess(second, HOSPITAL, ledger, GRADES, Money.ZERO).amount()).isEqualTo(Money.parse("600.00"));
        ledger = assessInto(ledger, claim("1", ClaimKind.HOSPITAL_STAY, stay("5300")), HOSPITAL);
        assertThat(ledger.medicalUsed(ClaimKind.HOSPITAL_STAY, "none")).isEqualTo(
                new MedicalFigures.Used(Money.parse("300"), Money.parse("3000")));
        Claim big = claim("3", ClaimKind.HOSPITAL_STAY, stay("15000"));
        assertThat(ClaimAssessor.assess(big, HOSPITAL, ledger, GRADES, Money.ZERO).amount()).isEqualTo(Money.parse("7000.00"));
        assertThat(ClaimAssessor.assess(big, HOSPITAL, ledger.with("1", null), GRADES, Money.ZERO).amount())
                .as("a refused claim gives its share back").isEqualTo(Money.parse("8820.00"));
    }

    @Test
    void disabilityThenDeathPayTheDeathSumLessTheDisability() {
        LocalDate accident = LocalDate.of(2026, 3, 1);
        Claim disability = claim("d", ClaimKind.ACCIDENT_DISABILITY, new ClaimEvent(null, null, null, null, null, null, null,
                accident, "摔伤", 7, LocalDate.of(2026, 5, 1)));
        TermLedger ledger = assessInto(TermLedger.EMPTY, disability, ACCIDENT);
        Claim death = claim("x", ClaimKind.ACCIDENT_DEATH, new ClaimEvent(null, null, null, null, null, null, null,
                accident, "摔伤", null, LocalDate.of(2026, 6, 1)));
        assertThat(ClaimAssessor.assess(death, ACCIDENT, ledger, GRADES, Money.ZERO).amount()).isEqualTo(Money.parse("60000.00"));
    }
}
