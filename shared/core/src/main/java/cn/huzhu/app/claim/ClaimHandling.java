package cn.huzhu.app.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import cn.huzhu.api.Log;
import cn.huzhu.app.Parallel;
import cn.huzhu.app.change.Removals;
import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.claim.Assessment;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimAssessor;
import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.ClaimRules;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.claim.RefusalReason;
import cn.huzhu.domain.claim.TermLedger;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.RemovalReason;
import cn.huzhu.domain.money.Money;

/**
 * 申领处理 for the office: the 理赔员's queue, 受理, 退回补正, 审核 with the computed amount, 复核 by another, 拒付; and
 * finance's 支付. An assessment takes its share of the member's term ledger before the claim is written, so two claims of
 * one member assessed at once are computed one after the other and never pass a cap together.
 */
public final class ClaimHandling {
    private static final int LEDGER_ATTEMPTS = 8;
    static final int BATCH_MAX = 200;
    /** People whose payments of one batch are written at once. */
    private static final int PAYING_AT_ONCE = 8;
    static final int EXPORT_MAX = 5_000;

    private final ClaimStore claims;
    private final MemberStore members;
    private final CatalogStore catalog;
    private final SettingsStore settings;
    private final UnitNotifier notifier;
    private final Removals removals;
    private final Clock clock;

    public ClaimHandling(ClaimStore claims, MemberStore members, CatalogStore catalog, SettingsStore settings,
            UnitNotifier notifier, Removals removals, Clock clock) {
        this.claims = claims;
        this.members = members;
        this.catalog = catalog;
        this.settings = settings;
        this.notifier = notifier;
        this.removals = removals;
        this.clock = clock;
    }

    /** What a queue is narrowed to besides its state: a unit's name, a kind, only 超时 claims (null: any). */
    public record QueueFilter(ClaimState state, String unitName, ClaimKind kind, boolean overdueOnly) {
        boolean keeps(Claim c, LocalDate today, cn.huzhu.domain.settings.Settings.Claims rules) {
            return (unitName == null || unitName.isBlank() || c.member().unitName().contains(unitName.trim()))
                    && (kind == null || c.kind() == kind) && (!overdueOnly || ClaimView.overdue(c, today, rules));
        }
    }

    /** A page of the org's claims as filtered, read on until the page is full or the queue ends. */
    public Page<Claim> queue(Caller caller, QueueFilter filter, String cursor, int limit) {
        caller.requireRole(Role.CLAIMS, Role.FINANCE);
        LocalDate today = cn.huzhu.domain.common.BusinessDay.today(clock);
        cn.huzhu.domain.settings.Settings.Claims rules = claimSettings(caller.orgCode());
        List<Claim> kept = new ArrayList<>();
        String next = cursor;
        do {
            Page<Claim> page = claims.forOrg(caller.orgCode(), filter.state(), next, limit);
            page.items().stream().filter(c -> filter.keeps(c, today, rules)).forEach(kept::add);
            next = page.next();
        } while (next != null && kept.size() < limit);
        return new Page<>(kept, next, kept.size());
    }

    public Claim load(Caller caller, String claimId) {
        caller.requireRole(Role.CLAIMS, Role.FINANCE);
        return visible(caller, claims.find(claimId).orElse(null));
    }

    /** The claim when the caller may work on it; else, as for a claim that does not exist, CLAIM_NOT_FOUND. */
    private static Claim visible(Caller caller, Claim claim) {
        if (claim == null || !caller.maySee(claim.member().unitId(), claim.member().orgCode())) {
            throw DomainException.notFound("CLAIM_NOT_FOUND", "申领不存在");
        }
        return claim;
    }

    public Claim accept(Caller caller, String claimId, String lateReason) {
        return change(caller, claimId, c -> c.accept(caller.username(), caller.role(), clock.instant(), lateReason,
                rules(c).deadlineYears()));
    }

    public Claim sendBack(Caller caller, String claimId, String missing) {
        return told(change(caller, claimId, c -> c.sendBack(caller.username(), caller.role(), clock.instant(), missing)),
                "CLAIM_RETURNED");
    }

    /** 复核: agreed, it waits for payment; sent back to 审核, its share of the term is given back. */
    public Claim review(Caller caller, String claimId, boolean agreed, String reason) {
        Claim claim = change(caller, claimId, c -> c.review(caller.username(), caller.role(), clock.instant(), agreed, reason));
        if (!agreed) {
            releaseShare(claim);
        }
        return claim;
    }

    public Claim refuse(Caller caller, String claimId, RefusalReason reason, String text) {
        Claim claim = change(caller, claimId, c -> c.refuse(caller.username(), caller.role(), clock.instant(), reason, text));
        releaseShare(claim);
        return told(claim, "CLAIM_REFUSED");
    }

    /**
     * 已支付; a 重症 payout ends the plan's cover from the diagnosis, a 身故 payout all of the member's cover in the
     * business from the death (later claims, 续保 and 增员 see it).
     */
    public Claim pay(Caller caller, String claimId, LocalDate paidOn, String bankReference) {
        return pay(caller, load(caller, claimId), paidOn, bankReference);
    }

    private Claim pay(Caller caller, Claim claim, LocalDate paidOn, String bankReference) {
        claim.pay(caller.username(), caller.role(), clock.instant(), paidOn, bankReference);
        // the cover ends before the claim is stored as paid: should either write fail, paying again does both (a
        // membership already ended is left as it is); the other order could leave a paid claim whose cover runs on
        endCoverOnPayout(caller, claim);
        claims.update(claim);
        return told(claim, "CLAIM_PAID");
    }

    private void endCoverOnPayout(Caller caller, Claim claim) {
        Claim.Member m = claim.member();
        if (claim.kind() == ClaimKind.ACCIDENT_DEATH) {
            removals.endAfterPayout(caller, m.enrollmentId(), null, m.key(), RemovalReason.DECEASED, claim.event().outcomeOn());
        } else if (severe(claim)) {
            removals.endAfterPayout(caller, m.enrollmentId(), m.planCode(), m.key(), RemovalReason.SEVERE_ILLNESS_PAID,
                    claim.event().diagnosedOn());
        }
    }

    /** What a batch of payments came to: how many were paid, and why the others were not. */
    public record BatchPaid(int paid, List<String> refused) {
    }

    /**
     * 已支付 for several claims paid by one bank transfer batch: each on its own, a refusal named and the rest paid.
     * Several people's claims are paid at once; one person's go one after the other, since a payout may end the
     * person's cover in the business and two at once would each find the other's change.
     */
    public BatchPaid payAll(Caller caller, List<String> claimIds, LocalDate paidOn, String bankReference) {
        caller.requireRole(Role.FINANCE);
        if (claimIds == null || claimIds.isEmpty() || claimIds.size() > BATCH_MAX
                || claimIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw DomainException.invalid("CLAIMS_REQUIRED", "请选择1到" + BATCH_MAX + "笔待支付的申领");
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(claimIds));
        Map<String, Claim> found = claims.findAll(ids);
        Map<String, String> refusals = new ConcurrentHashMap<>();
        Parallel.all(byPerson(ids, found).stream().<Callable<Void>>map(theirs -> Log.carried(() -> {
            for (String id : theirs) {
                try {
                    pay(caller, visible(caller, found.get(id)), paidOn, bankReference);
                } catch (DomainException e) {
                    refusals.put(id, e.getMessage());
                }
            }
            return null;
        })).toList(), PAYING_AT_ONCE);
        List<String> refused = ids.stream().filter(refusals::containsKey).map(id -> id + "：" + refusals.get(id)).toList();
        return new BatchPaid(ids.size() - refused.size(), refused);
    }

    /** The ids in groups of one person in one business each; an id of no claim is a group alone. */
    private static List<List<String>> byPerson(List<String> ids, Map<String, Claim> found) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : ids) {
            Claim claim = found.get(id);
            String person = claim == null ? "claim " + id : claim.member().enrollmentId() + " " + claim.member().key();
            groups.computeIfAbsent(person, key -> new ArrayList<>()).add(id);
        }
        return List.copyOf(groups.values());
    }

    /** The claims finance pays or paid: those waiting for payment, or those paid on a day. */
    public List<Claim> payouts(Caller caller, LocalDate paidOn) {
        caller.requireRole(Role.FINANCE);
        ClaimState state = paidOn == null ? ClaimState.AWAITING_PAYMENT : ClaimState.PAID;
        List<Claim> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<Claim> page = claims.forOrg(caller.orgCode(), state, cursor, 100);
            page.items().stream().filter(c -> paidOn == null || paidOn.equals(c.handling().paidOn())).forEach(all::add);
            cursor = page.next();
        } while (cursor != null && all.size() < EXPORT_MAX);
        return all;
    }

    private boolean severe(Claim claim) {
        return catalog.benefits(claim.member().planCode()).map(b -> ClaimAssessor.severe(claim, b)).orElse(false);
    }

    /**
     * 审核: computes the claim against its term's ledger, takes its share there (written only if nobody else wrote the
     * ledger since it was read, else computed again), then writes the claim. {@code changed}: the handler's lower amount,
     * with its reason; null keeps the computed one.
     */
    public Claim assess(Caller caller, String claimId, Money changed, String reason) {
        caller.requireRole(Role.CLAIMS);
        for (int attempt = 0; attempt < LEDGER_ATTEMPTS; attempt++) {
            Claim claim = load(caller, claimId);
            PlanBenefits benefits = catalog.benefits(claim.member().planCode()).orElseThrow(
                    () -> DomainException.conflict("BENEFITS_MISSING", "该保障活动细类尚未录入保障金计算参数，请先在保障活动维护中录入"));
            Claim.Member m = claim.member();
            TermLedger ledger = claims.ledger(m.enrollmentId(), m.planCode(), m.key());
            Assessment computed = ClaimAssessor.assess(claim, benefits, ledger, rules(claim).gradePercents(),
                    paidByOtherCovers(claim));
            claim.assess(caller.username(), caller.role(), clock.instant(), computed, changed, reason);
            TermLedger.Entry share = ClaimAssessor.share(claim, computed, benefits);
            if (!claims.saveLedger(m.enrollmentId(), m.planCode(), m.key(), ledger.with(claim.id(), share))) {
                continue;
            }
            try {
                claims.update(claim);
            } catch (DomainException changedMeanwhile) {
                releaseShare(claim);
                throw changedMeanwhile;
            }
            return claim.state() == ClaimState.REFUSED ? told(claim, "CLAIM_REFUSED") : claim;
        }
        throw DomainException.conflict("TERM_BUSY", "该会员的其他申领正在审核，请稍后重试");
    }

    /** The claims of the person's other coverages, for the stay a claim shares with them. */
    private Money paidByOtherCovers(Claim claim) {
        if (!ClaimAssessor.sharesItsSelfPaidPart(claim)) {
            return Money.ZERO;
        }
        Claim.Member self = claim.member();
        List<ClaimStore.MemberOfPlan> others = members.memberships(List.of(self.key())).stream()
                .filter(m -> !(m.enrollmentId().equals(self.enrollmentId()) && m.planCode().equals(self.planCode())))
                .map(ClaimStore.MemberOfPlan::of).toList();
        return ClaimAssessor.paidByOtherCovers(claim, claims.ofMembers(others).values().stream().flatMap(List::stream)
                .toList());
    }

    private ClaimRules rules(Claim claim) {
        return settings.get(claim.member().orgCode()).claims().rules();
    }

    /** The org's 申领处理 settings (working days, 超时 and the rest). */
    public cn.huzhu.domain.settings.Settings.Claims claimSettings(String orgCode) {
        return settings.get(orgCode).claims();
    }

    /** The unit is mailed at 退回补正, 拒付 and 已支付; a mail that fails is logged for resending, the step stands. */
    private Claim told(Claim claim, String kind) {
        notifier.claimNews(claim, kind);
        return claim;
    }

    private Claim change(Caller caller, String claimId, Consumer<Claim> step) {
        Claim claim = load(caller, claimId);
        step.accept(claim);
        claims.update(claim);
        return claim;
    }

    /** Gives a claim's share of its term back (a refused or returned claim counts against nothing). */
    private void releaseShare(Claim claim) {
        Claim.Member m = claim.member();
        for (int attempt = 0; attempt < LEDGER_ATTEMPTS; attempt++) {
            TermLedger ledger = claims.ledger(m.enrollmentId(), m.planCode(), m.key());
            if (!ledger.entries().containsKey(claim.id())
                    || claims.saveLedger(m.enrollmentId(), m.planCode(), m.key(), ledger.with(claim.id(), null))) {
                return;
            }
        }
        throw DomainException.conflict("TERM_BUSY", "该会员的其他申领正在审核，请稍后重试");
    }
}
