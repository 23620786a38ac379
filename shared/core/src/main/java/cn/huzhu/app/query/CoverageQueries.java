package cn.huzhu.app.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import cn.huzhu.app.port.ClaimStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.view.EnrollmentSummary;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.identity.TextNormalizer;

/**
 * 信息查询 of people and businesses. By ID number a person is found through the keyed hash (GSI of the person key),
 * never by scanning; by name only within the calling unit's confirmed enrollments. A unit sees coverage through itself,
 * office staff their org's.
 */
public final class CoverageQueries {
    /** How many of a unit's confirmed enrollments a search by name reads, newest first. */
    public static final int NAME_SEARCH_ENROLLMENTS = 200;
    private static final int NAME_MATCHES_PER_PLAN = 50;

    private final EnrollmentStore enrollments;
    private final MemberStore members;
    private final ClaimStore claims;
    private final PersonKeys keys;
    private final Clock clock;

    public CoverageQueries(EnrollmentStore enrollments, MemberStore members, ClaimStore claims, PersonKeys keys, Clock clock) {
        this.claims = claims;
        this.enrollments = enrollments;
        this.members = members;
        this.keys = keys;
        this.clock = clock;
    }

    /** 人员保障查询: a unit by name or ID number, the office by ID number, each cover with its claims. Newest cover first. */
    public List<CoverageRow> people(Caller caller, String query) {
        String text = TextNormalizer.trim(query == null ? "" : query);
        if (text.isEmpty()) {
            throw DomainException.invalid("QUERY_REQUIRED", caller.role() == Role.UNIT ? "请输入姓名或证件号码" : "请输入证件号码");
        }
        List<CoverageRow> rows = IdDocumentType.looksLikeNumber(text) ? byIdNumber(caller, text) : byName(caller, text);
        Map<ClaimStore.MemberOfPlan, List<Claim>> claimed = claims.ofMembers(rows.stream().map(CoverageQueries::ofPlan).toList());
        return rows.stream().map(r -> r.withClaims(claimed.get(ofPlan(r))))
                .sorted(Comparator.comparing(CoverageRow::startsOn).reversed().thenComparing(CoverageRow::plan)).toList();
    }

    private static ClaimStore.MemberOfPlan ofPlan(CoverageRow row) {
        return new ClaimStore.MemberOfPlan(row.enrollmentId(), row.planCode(), row.memberKey());
    }

    /** Every confirmed coverage of the person with this document number that the caller may see. */
    public List<CoverageRow> byIdNumber(Caller caller, String idNumber) {
        return coverage(keys.candidates(idNumber), e -> caller.maySee(e.unitId(), e.orgCode()), m -> true);
    }

    /** The coverage of these person keys in confirmed enrollments that pass the filter; for public lookups too. */
    List<CoverageRow> coverage(List<String> personKeys, Predicate<Enrollment> visible, Predicate<Member> wanted) {
        List<Member> found = members.memberships(personKeys);
        Map<String, Enrollment> owners = enrollments.findAll(found.stream().map(Member::enrollmentId).distinct().toList());
        LocalDate today = BusinessDay.today(clock);
        List<CoverageRow> rows = new ArrayList<>();
        for (Member m : found) {
            Enrollment e = owners.get(m.enrollmentId());
            if (e != null && e.state() == EnrollmentState.CONFIRMED && visible.test(e) && wanted.test(m)) {
                e.plan(m.planCode()).ifPresent(row -> rows.add(CoverageRow.of(e, row, m, today)));
            }
        }
        return rows;
    }

    private List<CoverageRow> byName(Caller caller, String name) {
        if (caller.role() != Role.UNIT) {
            throw DomainException.invalid("ID_NUMBER_REQUIRED", "办事处查询请输入完整的证件号码");
        }
        Page<Enrollment> page = enrollments.forUnit(EnrollmentStore.UnitQuery.inStates(caller.unitId(),
                Set.of(EnrollmentState.CONFIRMED), null, NAME_SEARCH_ENROLLMENTS));
        Map<String, Enrollment> byId = new HashMap<>();
        List<MemberStore.PlanRef> plans = new ArrayList<>();
        for (Enrollment e : page.items()) {
            byId.put(e.id(), e);
            e.plans().forEach(row -> plans.add(new MemberStore.PlanRef(e.id(), row.code())));
        }
        LocalDate today = BusinessDay.today(clock);
        return members.named(plans, name, NAME_MATCHES_PER_PLAN).stream().map(m -> {
            Enrollment e = byId.get(m.enrollmentId());
            return CoverageRow.of(e, e.requirePlan(m.planCode()), m, today);
        }).toList();
    }

    /** 缴费记录: the unit's businesses waiting for or past payment, newest first. */
    public Page<PaymentRecord> payments(Caller caller, String cursor, int limit) {
        caller.requireRole(Role.UNIT);
        return enrollments.forUnit(EnrollmentStore.UnitQuery.inStates(caller.unitId(),
                Set.of(EnrollmentState.AWAITING_PAYMENT, EnrollmentState.CONFIRMED), cursor, limit)).map(PaymentRecord::of);
    }

    /** Any business of the caller's org by 申请书号, 确认书号 or 缴款识别码. */
    public Optional<EnrollmentSummary> business(Caller caller, String number) {
        String text = TextNormalizer.halfWidthWithoutSpaces(number == null ? "" : number).toUpperCase();
        if (text.isEmpty()) {
            throw DomainException.invalid("QUERY_REQUIRED", "请输入申请书号、确认书号或缴款识别码");
        }
        return enrollments.findByApplicationNo(text)
                .or(() -> enrollments.findByConfirmationNo(text))
                .or(() -> enrollments.findByPaymentReference(text))
                .filter(e -> caller.maySee(e.unitId(), e.orgCode()))
                .map(EnrollmentSummary::of);
    }
}
