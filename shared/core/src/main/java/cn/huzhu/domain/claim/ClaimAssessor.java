package cn.huzhu.domain.claim;

import java.math.BigDecimal;
import java.util.List;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

/**
 * Computes a claim's assessment from its plan's figures and its term's ledger (the other claims' shares), and the entry
 * the claim then takes in the ledger.
 */
public final class ClaimAssessor {
    private ClaimAssessor() {
    }

    /**
     * @param gradePercents the 伤残 ratios by grade, 1级 first (a setting)
     * @param paidByOthers what other coverages paid for the same stay
     */
    public static Assessment assess(Claim claim, PlanBenefits benefits, TermLedger ledger, List<BigDecimal> gradePercents,
            Money paidByOthers) {
        ClaimEvent event = claim.event();
        int shares = claim.member().shares();
        String id = claim.id();
        return switch (claim.kind()) {
            case HOSPITAL_STAY -> require(benefits.medical()).assess(event.selfPaid(), shares,
                    ledger.medicalUsed(ClaimKind.HOSPITAL_STAY, id), paidByOthers);
            case CRITICAL_ILLNESS, FEMALE_DISEASE -> require(benefits.illnesses()).assess(event.illnessCode(), shares,
                    ledger.paidTiers(id));
            case ACCIDENT_MEDICAL -> require(benefits.accident()).medical().assess(event.selfPaid(), shares,
                    ledger.medicalUsed(ClaimKind.ACCIDENT_MEDICAL, id), paidByOthers);
            case ACCIDENT_DISABILITY -> require(benefits.accident()).disability(event.disabilityGrade(),
                    gradePercents.get(event.disabilityGrade() - 1), shares, ledger.disabilityPaid(event.accidentOn(), id));
            case ACCIDENT_DEATH -> require(benefits.accident()).death(shares,
                    ledger.disabilityPaid(event.accidentOn(), id).inTerm());
        };
    }

    /** The claim's entry once assessed at {@code amount} (the handler's, at most the computed one). */
    public static TermLedger.Entry entry(Claim claim, Assessment computed, Money amount, PlanBenefits benefits) {
        IllnessTier tier = null;
        if (claim.kind() == ClaimKind.CRITICAL_ILLNESS || claim.kind() == ClaimKind.FEMALE_DISEASE) {
            tier = benefits.illnesses().illness(claim.event().illnessCode()).map(IllnessFigures.Illness::tier).orElse(null);
        }
        return new TermLedger.Entry(claim.kind(), amount, computed.deductibleUsed(), tier, claim.event().accidentOn());
    }

    private static <T> T require(T figures) {
        if (figures == null) {
            throw DomainException.conflict("BENEFITS_MISSING", "该保障活动细类尚未录入保障金计算参数，请先在保障活动维护中录入");
        }
        return figures;
    }
}
