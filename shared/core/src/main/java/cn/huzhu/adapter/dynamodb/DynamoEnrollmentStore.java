package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.enrollment.RosterLock;
import cn.huzhu.domain.enrollment.StateChange;
import cn.huzhu.domain.money.Money;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Enrollments: PK ENR#id, SK ENR; GSI1 a unit's enrollments by creation; GSI2 an org's enrollments per state by
 * submission (the office queue); GSI3 lookup by 申请书号. History entries sit in the same partition (SK HIST#time).
 */
public final class DynamoEnrollmentStore implements EnrollmentStore {
    private final DynamoTable table;

    public DynamoEnrollmentStore(DynamoTable table) {
        this.table = table;
    }

    record RowData(PlanData plan, String activityName, String activityType, int shares, int anonymousCount, int named,
            int highRisk, int unexpired, long claimDeductionFen) {

        static RowData of(EnrollmentPlan row) {
            ChosenPlan chosen = row.chosen();
            MemberStats members = row.members();
            return new RowData(PlanData.of(chosen.plan()), chosen.activityName(), chosen.activityType().name(),
                    row.shares(), row.anonymousCount(), members.named(), members.highRisk(), members.unexpired(),
                    row.claimDeduction().fen());
        }

        EnrollmentPlan toRow() {
            return new EnrollmentPlan(new ChosenPlan(plan.toPlan(), activityName, ActivityType.valueOf(activityType)),
                    shares, anonymousCount, new MemberStats(named, highRisk, unexpired), Money.ofFen(claimDeductionFen));
        }
    }

    record LockData(String planCode, String owner, String kind, String until) {
        static LockData of(RosterLock lock) {
            return new LockData(lock.planCode(), lock.owner(), lock.kind().name(), Times.text(lock.until()));
        }

        RosterLock toLock() {
            return new RosterLock(planCode, owner, RosterLock.Kind.valueOf(kind), Times.instant(until));
        }
    }

    record EnrollmentItem(
            @JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk,
            @JsonProperty("GSI2PK") String gsi2pk, @JsonProperty("GSI2SK") String gsi2sk,
            @JsonProperty("GSI3PK") String gsi3pk, @JsonProperty("GSI3SK") String gsi3sk,
            String id, String applicationNo, String unitId, String unitName, String orgCode, String createdAt,
            String createdBy, boolean newBusiness, List<RowData> plans, Integer employeeCount,
            Integer femaleEmployeeCount, String note, String state, String submittedAt, String returnReason,
            int submissions, List<LockData> rosterLocks, Long version) {

        static EnrollmentItem of(Enrollment e, long version) {
            Instant queued = e.submittedAt() != null ? e.submittedAt() : e.createdAt();
            return new EnrollmentItem("ENR#" + e.id(), "ENR",
                    "UNITENR#" + e.unitId(), Times.sortable(e.createdAt()) + "#" + e.id(),
                    stateKey(e.orgCode(), e.state()), Times.sortable(queued) + "#" + e.id(),
                    "APPNO#" + e.applicationNo(), "ENR",
                    e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(), Times.text(e.createdAt()),
                    e.createdBy(), e.newBusiness(), e.plans().stream().map(RowData::of).toList(), e.employeeCount(),
                    e.femaleEmployeeCount(), e.note(), e.state().name(), Times.text(e.submittedAt()), e.returnReason(),
                    e.submissions(), e.rosterLocks().stream().map(LockData::of).toList(), version);
        }

        Enrollment toEnrollment() {
            return new Enrollment(id, applicationNo, unitId, unitName, orgCode, Times.instant(createdAt), createdBy,
                    newBusiness, plans.stream().map(RowData::toRow).toList(), employeeCount, femaleEmployeeCount,
                    note == null ? "" : note, EnrollmentState.valueOf(state), Times.instant(submittedAt), returnReason,
                    submissions, rosterLocks == null ? List.of() : rosterLocks.stream().map(LockData::toLock).toList(), version);
        }
    }

    record HistoryItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String at, String actor,
            String actorRole, String from, String to, String action, String reason) {
        StateChange toChange() {
            return new StateChange(Instant.parse(at), actor, Role.valueOf(actorRole),
                    from == null ? null : EnrollmentState.valueOf(from), EnrollmentState.valueOf(to),
                    EnrollmentAction.valueOf(action), reason);
        }
    }

    /** What the keys-only lookup index returns. */
    record KeysOnly(@JsonProperty("PK") String pk) {
    }

    static String stateKey(String orgCode, EnrollmentState state) {
        return "ORGSTATE#" + orgCode + "#" + state.name();
    }

    @Override
    public void create(Enrollment enrollment) {
        table.putVersioned(EnrollmentItem.of(enrollment, 1), null);
        enrollment.savedAs(1);
    }

    @Override
    public void update(Enrollment enrollment) {
        long next = enrollment.version() + 1;
        table.putVersioned(EnrollmentItem.of(enrollment, next), enrollment.version());
        enrollment.savedAs(next);
    }

    @Override
    public Optional<Enrollment> find(String enrollmentId) {
        return table.get("ENR#" + enrollmentId, "ENR", EnrollmentItem.class).map(EnrollmentItem::toEnrollment);
    }

    @Override
    public Optional<Enrollment> findByApplicationNo(String applicationNo) {
        return table.query(Query.on(DynamoTable.GSI3, "GSI3PK", "APPNO#" + applicationNo).limit(1).build(),
                KeysOnly.class).items().stream().findFirst().flatMap(keys -> find(keys.pk().substring("ENR#".length())));
    }

    @Override
    public Page<Enrollment> forUnit(String unitId, String cursor, int limit) {
        Query query = Query.on(DynamoTable.GSI1, "GSI1PK", "UNITENR#" + unitId).descending().limit(limit).cursor(cursor).build();
        Page<Enrollment> page = table.query(query, EnrollmentItem.class).map(EnrollmentItem::toEnrollment);
        return new Page<>(page.items(), page.next(), table.count(query));
    }

    @Override
    public Page<Enrollment> inStates(QueueQuery q) {
        List<Query> queries = new ArrayList<>();
        for (EnrollmentState state : q.states()) {
            Query.Builder query = Query.on(DynamoTable.GSI2, "GSI2PK", stateKey(q.orgCode(), state)).limit(q.limit());
            if (q.newestFirst()) {
                query.descending();
            }
            if (q.from() != null || q.to() != null) {
                String low = q.from() == null ? "0" : Times.sortable(q.from());
                String high = q.to() == null ? "9" : Times.sortable(q.to()) + "#~";
                query.sortBetween("GSI2SK", low, high);
            }
            if (q.unitId() != null && !q.unitId().isBlank()) {
                query.filter("#unit = :unit", Map.of("#unit", "unitId"), Map.of(":unit", AttributeValue.fromS(q.unitId())));
            }
            queries.add(query.build());
        }
        Page<Enrollment> page = queries.size() == 1
                ? table.query(queries.get(0).withCursor(q.cursor()), EnrollmentItem.class).map(EnrollmentItem::toEnrollment)
                : table.queryMerged(queries, "GSI2SK", q.cursor(), q.limit(), EnrollmentItem.class).map(EnrollmentItem::toEnrollment);
        long total = queries.stream().mapToLong(table::count).sum();
        return new Page<>(page.items(), page.next(), total);
    }

    @Override
    public void appendHistory(String enrollmentId, StateChange change) {
        String sk = "HIST#" + Times.sortable(change.at()) + "#" + UUID.randomUUID().toString().substring(0, 8);
        table.put(new HistoryItem("ENR#" + enrollmentId, sk, change.at().toString(), change.actor(),
                change.actorRole().name(), change.from() == null ? null : change.from().name(), change.to().name(),
                change.action().name(), change.reason()));
    }

    @Override
    public List<StateChange> history(String enrollmentId) {
        List<StateChange> changes = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ENR#" + enrollmentId).sortBeginsWith("SK", "HIST#").build(),
                HistoryItem.class, item -> changes.add(item.toChange()));
        return changes;
    }
}
