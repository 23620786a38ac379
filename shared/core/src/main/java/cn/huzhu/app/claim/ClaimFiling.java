package cn.huzhu.app.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.AttachmentStore;
import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.claim.BankAccount;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimAssessor;
import cn.huzhu.domain.claim.ClaimCover;
import cn.huzhu.domain.claim.ClaimDocument;
import cn.huzhu.domain.claim.ClaimEvent;
import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.ClaimRules;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.claim.RefusalReason;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Attachment;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberCover;

/**
 * 申领处理 for the unit: a claim for a member covered through one of its confirmed businesses, saved as 草稿, changed,
 * and submitted, when the cover, the 观察期 and the 时效 are judged (closing it at once as 拒付 with the first reason, a
 * late one left to the office).
 */
public final class ClaimFiling {
    private final EnrollmentAccess access;
    private final MemberStore members;
    private final ClaimStore claims;
    private final AttachmentStore attachments;
    private final CatalogStore catalog;
    private final SequenceStore sequences;
    private final SettingsStore settings;
    private final Ids ids;
    private final Clock clock;

    /** A claim as the unit types it. */
    public record Request(String enrollmentId, String planCode, String memberKey, String kind, ClaimEvent event,
            String accountHolder, String bank, String accountNumber, String relation, List<ClaimDocument> documents) {
    }

    public ClaimFiling(EnrollmentStore enrollments, MemberStore members, ClaimStore claims, AttachmentStore attachments,
            CatalogStore catalog, SequenceStore sequences, SettingsStore settings, Ids ids, Clock clock) {
        this.catalog = catalog;
        this.access = new EnrollmentAccess(enrollments);
        this.members = members;
        this.claims = claims;
        this.attachments = attachments;
        this.sequences = sequences;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public Claim file(Caller caller, Request request) {
        caller.requireRole(Role.UNIT);
        Enrollment e = access.load(caller, request.enrollmentId());
        EnrollmentPlan row = e.requirePlan(request.planCode());
        Member member = members.find(e.id(), row.code(), request.memberKey())
                .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "人员不存在"));
        ClaimKind kind = kind(request.kind());
        if (kind.activityType() != row.chosen().activityType()) {
            throw DomainException.invalid("KIND_NOT_IN_PLAN", "「" + row.plan().name() + "」不保障" + kind.label());
        }
        Claim.Member who = new Claim.Member(e.unitId(), e.unitName(), e.orgCode(), e.id(), row.code(), member.key(),
                member.person().name(), row.shares());
        Claim claim = Claim.draft(ids.next(), "SL" + e.orgCode() + sequences.next("claim-" + e.orgCode()), who, kind,
                event(request), account(request), documents(e.id(), e.orgCode(), kind, request), clock.instant(),
                caller.username());
        claims.create(claim);
        return claim;
    }

    /** A blank account number keeps the stored one: screens show it masked only. */
    public Claim edit(Caller caller, String claimId, Request request) {
        caller.requireRole(Role.UNIT);
        Claim claim = load(caller, claimId);
        BankAccount typed = account(request);
        BankAccount account = typed.number().isEmpty()
                ? new BankAccount(typed.holder(), typed.bank(), claim.account().number(), typed.relation()) : typed;
        claim.edit(event(request), account, documents(claim.member().enrollmentId(), claim.member().orgCode(), claim.kind(),
                request));
        claims.update(claim);
        return claim;
    }

    public Claim submit(Caller caller, String claimId) {
        caller.requireRole(Role.UNIT);
        Claim claim = load(caller, claimId);
        Enrollment e = access.load(caller, claim.member().enrollmentId());
        EnrollmentPlan row = e.requirePlan(claim.member().planCode());
        Member member = members.find(e.id(), row.code(), claim.member().key()).orElse(null);
        LocalDate today = BusinessDay.today(clock);
        ClaimRules rules = settings.get(e.orgCode()).claims().rules();
        MemberCover cover = member == null || e.settlement().confirmation() == null ? null
                : MemberCover.of(member, e.settlement().confirmation().effectiveOn(), row);
        ClaimEvent event = claim.event();
        event.check(claim.kind(), today);
        List<RefusalReason> reasons = new ArrayList<>(ClaimCover.reasons(claim.kind(), cover,
                member == null ? null : member.person().gender(), event.coveredDay(claim.kind()),
                event.deadlineFrom(claim.kind()), claim.handling().firstSubmittedAt() == null ? today
                        : LocalDate.ofInstant(claim.handling().firstSubmittedAt(), BusinessDay.ZONE), rules.deadlineYears()));
        if (event.outcomeTooLate(claim.kind(), rules.outcomeDays())) {
            reasons.add(RefusalReason.NOT_COVERED);
        }
        if (secondSevere(claim, member)) {
            // the plan's cover ended with the first 重症 paid: a second one is 重复申领, not 不在保障期
            reasons.replaceAll(r -> r == RefusalReason.OUT_OF_COVER ? RefusalReason.DUPLICATE : r);
        }
        refuseSecondForTheSameEvent(claim);
        boolean deceased = member != null && member.removal() != null
                && member.removal().reason() == cn.huzhu.domain.enrollment.RemovalReason.DECEASED;
        claim.submit(caller.username(), clock.instant(), reasons, deceased,
                settings.get(e.orgCode()).claims().documentsFor(claim.kind()));
        claims.update(claim);
        return claim;
    }

    private boolean secondSevere(Claim claim, Member member) {
        boolean severePaid = member != null && member.removal() != null
                && member.removal().reason() == cn.huzhu.domain.enrollment.RemovalReason.SEVERE_ILLNESS_PAID;
        return severePaid && catalog.benefits(claim.member().planCode()).map(b -> ClaimAssessor.severe(claim, b))
                .orElse(false);
    }

    /** One event, one claim in hand: another open claim of the member for the same kind and day is refused. */
    private void refuseSecondForTheSameEvent(Claim claim) {
        Claim.Member m = claim.member();
        LocalDate day = claim.event().coveredDay(claim.kind());
        claims.ofMember(m.enrollmentId(), m.planCode(), m.key()).stream()
                .filter(other -> !other.id().equals(claim.id()) && other.kind() == claim.kind())
                .filter(other -> other.state() != ClaimState.DRAFT && other.state() != ClaimState.REFUSED)
                .filter(other -> day != null && day.equals(other.event().coveredDay(other.kind())))
                .findFirst().ifPresent(other -> {
                    throw DomainException.conflict("CLAIM_DUPLICATE", "该会员同一事件的申领（编号" + other.claimNo() + "，"
                            + other.state().label() + "）已在办理，不能重复申领");
                });
    }

    /** The documents each kind of claim needs, as the caller's org asks for them. */
    public java.util.Map<ClaimKind, List<String>> requiredDocuments(Caller caller) {
        return settings.get(caller.orgCode()).claims().documents();
    }

    /** A plan's benefit figures, as the form shows them while a claim is filed. */
    public PlanBenefits benefits(String planCode) {
        return catalog.benefits(planCode).orElseThrow(() -> DomainException.notFound("BENEFITS_MISSING",
                "该保障活动细类尚未录入保障金计算参数"));
    }

    /** A claim of the caller's unit. */
    public Claim load(Caller caller, String claimId) {
        return claims.find(claimId).filter(c -> caller.maySee(c.member().unitId(), c.member().orgCode()))
                .orElseThrow(() -> DomainException.notFound("CLAIM_NOT_FOUND", "申领不存在"));
    }

    public Page<Claim> mine(Caller caller, String cursor, int limit) {
        caller.requireRole(Role.UNIT);
        return claims.forUnit(caller.unitId(), cursor, limit);
    }

    private static ClaimKind kind(String typed) {
        return ClaimKind.parse(typed == null ? "" : typed)
                .orElseThrow(() -> DomainException.invalid("CLAIM_KIND_INVALID", "请选择申领类型"));
    }

    private static ClaimEvent event(Request request) {
        if (request.event() == null) {
            throw DomainException.invalid("CLAIM_EVENT_REQUIRED", "请填写出险信息");
        }
        return request.event();
    }

    private static BankAccount account(Request request) {
        return BankAccount.of(request.accountHolder(), request.bank(), request.accountNumber(), request.relation());
    }

    /**
     * The documents as typed, each a file the unit uploaded to the business the claim is filed under (uploaded and its
     * type sniffed there), under a type the kind knows.
     */
    private List<ClaimDocument> documents(String enrollmentId, String orgCode, ClaimKind kind, Request request) {
        List<ClaimDocument> typed = request.documents() == null ? List.of() : request.documents();
        List<String> types = settings.get(orgCode).claims().documentsFor(kind);
        for (ClaimDocument d : typed) {
            if (d == null || d.type() == null || !types.contains(d.type())) {
                throw DomainException.invalid("DOCUMENT_TYPE_INVALID", "材料类型应为：" + String.join("、", types));
            }
            attachments.find(enrollmentId, d.attachmentId() == null ? "" : d.attachmentId()).filter(Attachment::uploaded)
                    .orElseThrow(() -> DomainException.invalid("DOCUMENT_NOT_FOUND", "材料文件不存在或尚未上传完成"));
        }
        return List.copyOf(typed);
    }
}
