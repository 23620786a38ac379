package cn.huzhu.domain.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * What other coverages of the person (another unit's, another plan) paid for the same stay as {@code claim}, from 审核
     * on: a stay's payments together never exceed its 个人自付. Only stays are paid up to their 自付; other kinds none.
     *
     * @param others the claims of the person's other coverages
     */
    public static Money paidByOtherCovers(Claim claim, Collection<Claim> others) {
        LocalDate admitted = claim.event().admittedOn();
        if (!sharesItsSelfPaidPart(claim) || admitted == null) {
            return Money.ZERO;
        }
        Money paid = Money.ZERO;
        for (Claim other : others) {
            if (other.kind() == claim.kind() && admitted.equals(other.event().admittedOn())
                    && other.state().countsAgainstTerm() && other.amount() != null) {
                paid = paid.plus(other.amount());
            }
        }
        return paid;
    }

    /** Whether other coverages' payments for the same stay count against this claim's (住院医疗, 意外医疗). */
    public static boolean sharesItsSelfPaidPart(Claim claim) {
        return claim.kind() == ClaimKind.HOSPITAL_STAY || claim.kind() == ClaimKind.ACCIDENT_MEDICAL;
    }

    /** The claim's entry once assessed at {@code amount} (the handler's, at most the computed one). */
    public static TermLedger.Entry entry(Claim claim, Assessment computed, Money amount, PlanBenefits benefits) {
        return new TermLedger.Entry(claim.kind(), amount, computed.deductibleUsed(), tier(claim, benefits),
                claim.event().accidentOn());
    }

    /**
     * The share an assessed claim takes in its term's ledger: what it pays, or for a stay below the 起付线 the part of
     * the 起付线 it used; none when it was refused for any other reason.
     */
    public static TermLedger.Entry share(Claim assessed, Assessment computed, PlanBenefits benefits) {
        boolean takes = assessed.state() == ClaimState.ASSESSED || computed.refusal() == RefusalReason.BELOW_DEDUCTIBLE;
        return takes ? entry(assessed, computed, assessed.amount(), benefits) : null;
    }

    /** Whether paying the claim pays a 重症: an illness the plan's list puts in that tier. */
    public static boolean severe(Claim claim, PlanBenefits benefits) {
        return tier(claim, benefits) == IllnessTier.SEVERE;
    }

    /** The tier of a 重疾 or 女工特病 claim's illness in the plan's list; null for other kinds or an unlisted illness. */
    private static IllnessTier tier(Claim claim, PlanBenefits benefits) {
        if ((claim.kind() != ClaimKind.CRITICAL_ILLNESS && claim.kind() != ClaimKind.FEMALE_DISEASE)
                || benefits.illnesses() == null) {
            return null;
        }
        return benefits.illnesses().illness(claim.event().illnessCode()).map(IllnessFigures.Illness::tier).orElse(null);
    }

    private static <T> T require(T figures) {
        if (figures == null) {
            throw DomainException.conflict("BENEFITS_MISSING", "该保障活动细类尚未录入保障金计算参数，请先在保障活动维护中录入");
        }
        return figures;
    }
}
