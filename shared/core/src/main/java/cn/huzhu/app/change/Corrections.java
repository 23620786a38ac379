package cn.huzhu.app.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.AttachmentStore;
import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.app.port.ChangeLog;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberCorrectionStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.change.ChangeKind;
import cn.huzhu.domain.change.ChangeRecord;
import cn.huzhu.domain.change.MemberCorrection;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.Person;

/**
 * 信息更正: the unit asks, a reviewer approves or refuses. On approval the member in every plan of the business takes
 * the corrected name and number, and with a new number a new key: its cover moves to the new key, so later rosters,
 * 续保 and queries follow it. A request whose member changed since it was asked is refused as stale.
 */
public final class Corrections {
    private final EnrollmentAccess access;
    private final MemberStore members;
    private final ClaimStore claims;
    private final MemberCorrectionStore requests;
    private final AttachmentStore attachments;
    private final CoverageStore coverage;
    private final ChangeLog changes;
    private final PersonKeys keys;
    private final Ids ids;
    private final Clock clock;

    public record Request(String memberKey, String name, String idNumber, String reason, String attachmentId) {
    }

    public Corrections(EnrollmentAccess access, MemberStore members, MemberCorrectionStore requests,
            AttachmentStore attachments, CoverageStore coverage, ChangeLog changes, ClaimStore claims, PersonKeys keys, Ids ids,
            Clock clock) {
        this.claims = claims;
        this.access = access;
        this.members = members;
        this.requests = requests;
        this.attachments = attachments;
        this.coverage = coverage;
        this.changes = changes;
        this.keys = keys;
        this.ids = ids;
        this.clock = clock;
    }

    public MemberCorrection request(Caller caller, String enrollmentId, Request request) {
        caller.requireRole(Role.UNIT);
        Enrollment e = access.load(caller, enrollmentId);
        e.requireCoverRecorded();
        if (request == null || request.memberKey() == null || request.memberKey().isBlank()) {
            throw DomainException.invalid("CORRECTION_INVALID", "请选择要更正的人员");
        }
        Member member = anyMembership(e, request.memberKey());
        refuseWhileAClaimIsOpen(e, member.key());
        if (request.attachmentId() != null && attachments.find(enrollmentId, request.attachmentId())
                .filter(a -> a.uploaded()).isEmpty()) {
            throw DomainException.invalid("ATTACHMENT_NOT_FOUND", "证明材料未上传完成，请重新上传");
        }
        MemberCorrection correction = MemberCorrection.request(ids.next(), new MemberCorrection.CorrectionTarget(e.id(),
                e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(), member.key(), member.person()), request.name(),
                request.idNumber(), request.reason(), request.attachmentId(), caller.username(), clock.instant(),
                BusinessDay.today(clock));
        refuseTakenNumber(e, correction);
        if (!requests.create(correction)) {
            throw DomainException.conflict("CORRECTION_OPEN", member.person().name() + "已有待审核的更正申请");
        }
        return correction;
    }

    /** Not while a claim of the member is in hand (a 草稿 is not): the claim names the member as it stands. */
    private void refuseWhileAClaimIsOpen(Enrollment e, String memberKey) {
        claims.ofMembers(e.plans().stream().map(row -> new ClaimStore.MemberOfPlan(e.id(), row.code(), memberKey)).toList())
                .values().stream().flatMap(List::stream)
                .filter(c -> c.state() != ClaimState.DRAFT && !c.state().closed()).findFirst().ifPresent(c -> {
                    throw DomainException.conflict("CLAIM_OPEN", "该人员有正在办理的保障金申领（编号" + c.claimNo()
                            + "），办结后再申请信息更正");
                });
    }

    public Page<MemberCorrection> mine(Caller caller, String cursor, int limit) {
        caller.requireRole(Role.UNIT);
        return requests.forUnit(caller.unitId(), cursor, limit);
    }

    public List<MemberCorrection> queue(Caller caller) {
        caller.requireRole(Role.REVIEWER);
        return requests.open(caller.orgCode());
    }

    public MemberCorrection refuse(Caller caller, String enrollmentId, String id, String reason) {
        caller.requireRole(Role.REVIEWER);
        MemberCorrection asked = load(caller, enrollmentId, id);
        MemberCorrection refused = asked.refused(caller.username(), clock.instant(), reason);
        decide(asked, refused);
        return refused;
    }

    public MemberCorrection approve(Caller caller, String enrollmentId, String id) {
        caller.requireRole(Role.REVIEWER);
        MemberCorrection asked = load(caller, enrollmentId, id);
        Enrollment e = access.load(caller, enrollmentId);
        refuseWhileAClaimIsOpen(e, asked.personKey());
        Map<EnrollmentPlan, List<Member>> current = Memberships.of(members, e, List.of(asked.personKey()));
        boolean stale = current.values().stream().flatMap(List::stream).anyMatch(m -> !m.person().equals(asked.was()));
        if (stale) {
            throw DomainException.conflict("CORRECTION_STALE", "该人员信息在申请后已变更，请拒绝后由单位重新申请");
        }
        refuseTakenNumber(e, asked);
        Instant now = clock.instant();
        MemberCorrection approved = asked.approved(caller.username(), now);
        decide(asked, approved);
        apply(e, asked, current);
        changes.recordAll(List.of(new ChangeRecord(ids.next(), ChangeKind.CORRECTION, e.id(), e.applicationNo(), e.unitId(),
                e.unitName(), e.orgCode(), newKey(asked), asked.corrected().name(),
                "更正" + asked.changedFields() + "（" + asked.reason() + "）", now, caller.username())));
        return approved;
    }

    private MemberCorrection load(Caller caller, String enrollmentId, String id) {
        return requests.find(enrollmentId, id).filter(c -> caller.maySee(c.unitId(), c.orgCode()))
                .orElseThrow(() -> DomainException.notFound("CORRECTION_NOT_FOUND", "更正申请不存在"));
    }

    private void decide(MemberCorrection asked, MemberCorrection decided) {
        if (!requests.decide(asked, decided)) {
            throw DomainException.conflict("CORRECTION_DECIDED", "该更正申请已由他人处理");
        }
    }

    private Member anyMembership(Enrollment e, String key) {
        return Memberships.of(members, e, List.of(key)).values().stream().flatMap(List::stream).findFirst().orElseThrow();
    }

    private String newKey(MemberCorrection c) {
        return keys.of(c.corrected().idType(), c.corrected().idNumber());
    }

    /** A corrected number may not be another member's of the same business. */
    private void refuseTakenNumber(Enrollment e, MemberCorrection c) {
        String key = newKey(c);
        if (key.equals(c.personKey())) {
            return;
        }
        for (EnrollmentPlan row : e.plans()) {
            if (!members.findAll(e.id(), row.code(), List.of(key)).isEmpty()) {
                throw DomainException.conflict("CORRECTION_NUMBER_TAKEN", "更正后的证件号码已是本参保单另一参保人员的证件号码");
            }
        }
    }

    /** The members take the corrected person (under the new key, the old ones removed), and their cover moves along. */
    private void apply(Enrollment e, MemberCorrection c, Map<EnrollmentPlan, List<Member>> current) {
        String key = newKey(c);
        Person corrected = c.corrected();
        List<Coverage> moved = new ArrayList<>();
        for (Map.Entry<EnrollmentPlan, List<Member>> found : current.entrySet()) {
            for (Member m : found.getValue()) {
                Member updated = new Member(m.enrollmentId(), m.planCode(), key, corrected, m.coverageStart(),
                        m.unexpiredUntil(), m.batchId(), clock.instant(), m.waitingWaived(), m.removal());
                if (key.equals(m.key())) {
                    members.put(updated);
                    continue;
                }
                members.insert(updated);
                members.remove(m.enrollmentId(), m.planCode(), m.key());
                MemberCover cover = MemberCover.of(updated, e.settlement().confirmation().effectiveOn(), found.getKey());
                moved.add(new Coverage(found.getKey().chosen().activityType(), key, cover.startsOn(), cover.endsOn(), e.id(),
                        m.planCode()));
            }
        }
        if (!moved.isEmpty()) {
            coverage.recordAll(moved);
            Set<ActivityType> types = Set.copyOf(moved.stream().map(Coverage::activityType).toList());
            types.forEach(type -> coverage.forget(c.personKey(), type, e.id()));
        }
    }
}
