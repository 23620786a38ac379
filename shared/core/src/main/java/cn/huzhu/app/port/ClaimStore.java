package cn.huzhu.app.port;

import java.util.Optional;

import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.TermLedger;

/** 保障金申领 and the ledgers of the terms they are paid from. */
public interface ClaimStore {
    void create(Claim claim);

    /** Writes the claim only if it is still at the version it was read at; else CONCURRENT_UPDATE. */
    void update(Claim claim);

    Optional<Claim> find(String id);

    /** The claims of these ids that exist, by id, read in batches. */
    java.util.Map<String, Claim> findAll(java.util.Collection<String> ids);

    /** A unit's claims, newest first. */
    Page<Claim> forUnit(String unitId, String cursor, int limit);

    /** An org's claims in one state (null: every state), oldest first: a queue is worked from its oldest. */
    Page<Claim> forOrg(String orgCode, ClaimState state, String cursor, int limit);

    /** One member of one plan of one business, as claims name it. */
    record MemberOfPlan(String enrollmentId, String planCode, String memberKey) {
        public static MemberOfPlan of(cn.huzhu.domain.enrollment.Member member) {
            return new MemberOfPlan(member.enrollmentId(), member.planCode(), member.key());
        }
    }

    /** Every claim filed for a member of one plan of one business. */
    java.util.List<Claim> ofMember(String enrollmentId, String planCode, String memberKey);

    /** Every claim filed for each of these members, read at once; a member without claims maps to an empty list. */
    java.util.Map<MemberOfPlan, java.util.List<Claim>> ofMembers(java.util.Collection<MemberOfPlan> members);

    /** The ledger of a member's term in one plan of one business; empty before its first assessment. */
    TermLedger ledger(String enrollmentId, String planCode, String memberKey);

    /**
     * Writes the ledger only if it is still at the version it was read at; false when another assessment of the same
     * term wrote it first (read again and compute again).
     */
    boolean saveLedger(String enrollmentId, String planCode, String memberKey, TermLedger ledger);
}
