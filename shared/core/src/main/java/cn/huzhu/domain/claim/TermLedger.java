package cn.huzhu.domain.claim;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.huzhu.domain.money.Money;

/**
 * What a member's claims took of one plan's term (one membership of one business): per claim from 审核 on, its amount
 * and what it used of the 起付线, its tier or its 伤残 accident. Every assessment of the term's claims goes through it in
 * turn, so two claims assessed at once can never together pass a cap; a claim assessed again replaces its entry, and a
 * claim sent back or refused gives its entry up.
 */
public record TermLedger(Map<String, Entry> entries, long version) {
    public static final TermLedger EMPTY = new TermLedger(Map.of(), 0);

    /** One claim's share of the term. */
    public record Entry(ClaimKind kind, Money amount, Money deductibleUsed, IllnessTier tier, java.time.LocalDate accidentOn) {
    }

    public TermLedger {
        entries = Map.copyOf(entries);
    }

    /** The medical use of the term by the other claims of the kind (住院 and 意外医疗 each have their own). */
    public MedicalFigures.Used medicalUsed(ClaimKind kind, String exceptClaim) {
        Money deductible = Money.ZERO;
        Money paid = Money.ZERO;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!e.getKey().equals(exceptClaim) && e.getValue().kind() == kind) {
                deductible = deductible.plus(e.getValue().deductibleUsed());
                paid = paid.plus(e.getValue().amount());
            }
        }
        return new MedicalFigures.Used(deductible, paid);
    }

    public Set<IllnessTier> paidTiers(String exceptClaim) {
        Set<IllnessTier> tiers = EnumSet.noneOf(IllnessTier.class);
        entries.forEach((id, e) -> {
            if (!id.equals(exceptClaim) && e.tier() != null) {
                tiers.add(e.tier());
            }
        });
        return tiers;
    }

    public AccidentFigures.DisabilityPaid disabilityPaid(java.time.LocalDate accidentOn, String exceptClaim) {
        Money inTerm = Money.ZERO;
        Money same = Money.ZERO;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!e.getKey().equals(exceptClaim) && e.getValue().kind() == ClaimKind.ACCIDENT_DISABILITY) {
                inTerm = inTerm.plus(e.getValue().amount());
                same = accidentOn.equals(e.getValue().accidentOn()) ? same.plus(e.getValue().amount()) : same;
            }
        }
        return new AccidentFigures.DisabilityPaid(inTerm, same);
    }

    /** The ledger with a claim's entry set (null: removed). */
    public TermLedger with(String claimId, Entry entry) {
        Map<String, Entry> next = new LinkedHashMap<>(entries);
        if (entry == null) {
            next.remove(claimId);
        } else {
            next.put(claimId, entry);
        }
        return new TermLedger(next, version);
    }
}
