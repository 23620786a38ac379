package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
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
import cn.huzhu.domain.enrollment.AdditionTerm;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Fulfilment;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.enrollment.Notice;
import cn.huzhu.domain.enrollment.Payment;
import cn.huzhu.domain.enrollment.RosterLock;
import cn.huzhu.domain.enrollment.Settlement;
import cn.huzhu.domain.enrollment.StateChange;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.InvoiceRef;
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

    /** A plan row; the three addition fields are set on a 增员's rows only. */
    record RowData(PlanData plan, String activityName, String activityType, int shares, int anonymousCount, int named,
            int highRisk, int unexpired, long claimDeductionFen, String additionOriginStart, String additionCommonEnd,
            Integer additionMonths) {

        static RowData of(EnrollmentPlan row) {
            ChosenPlan chosen = row.chosen();
            MemberStats members = row.members();
            AdditionTerm addition = row.addition();
            return new RowData(PlanData.of(chosen.plan()), chosen.activityName(), chosen.activityType().name(),
                    row.shares(), row.anonymousCount(), members.named(), members.highRisk(), members.unexpired(),
                    row.claimDeduction().fen(), addition == null ? null : addition.originStart().toString(),
                    addition == null ? null : addition.commonEnd().toString(), addition == null ? null : addition.months());
        }

        EnrollmentPlan toRow() {
            AdditionTerm addition = additionCommonEnd == null ? null : new AdditionTerm(LocalDate.parse(additionOriginStart),
                    LocalDate.parse(additionCommonEnd), additionMonths);
            return new EnrollmentPlan(new ChosenPlan(plan.toPlan(), activityName, ActivityType.valueOf(activityType)),
                    shares, anonymousCount, new MemberStats(named, highRisk, unexpired), Money.ofFen(claimDeductionFen),
                    addition);
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

    /**
     * An invoice's reference in one compact string, "id|batchNo|revision|contentKey|source|plan=fen,plan=fen": a
     * business holds up to a thousand of them inside its item.
     */
    static final class RefData {
        private RefData() {
        }

        static String of(InvoiceRef r) {
            StringBuilder text = new StringBuilder().append(r.id()).append('|').append(r.batchNo()).append('|')
                    .append(r.revision()).append('|').append(r.contentKey()).append('|').append(r.source().name()).append('|');
            for (int i = 0; i < r.amounts().size(); i++) {
                InvoiceRef.PlanAmount amount = r.amounts().get(i);
                text.append(i == 0 ? "" : ",").append(amount.planCode()).append('=').append(amount.amount().fen());
            }
            return text.toString();
        }

        static InvoiceRef toRef(String text) {
            String[] parts = text.split("\\|", -1);
            List<InvoiceRef.PlanAmount> amounts = new ArrayList<>();
            for (String amount : parts[5].isEmpty() ? new String[0] : parts[5].split(",")) {
                int eq = amount.lastIndexOf('=');
                amounts.add(new InvoiceRef.PlanAmount(amount.substring(0, eq), Money.ofFen(Long.parseLong(amount.substring(eq + 1)))));
            }
            return new InvoiceRef(parts[0], parts[1], Integer.parseInt(parts[2]), parts[3], FeeSource.valueOf(parts[4]), amounts);
        }
    }

    record SettlementData(List<String> invoices, String invoicesSubmittedAt, Long paidFen, String receivedOn, String bankReference,
            String confirmedBy, String confirmedAt, String confirmationNo, String confirmedOn, String effectiveOn,
            int printCount, String lastPrintedAt, String fulfilment, String fulfilmentMessage, String fulfilmentAt,
            String noticeReference, Integer noticePrintCount, String noticePrintedAt, String checkKeyId,
            String noticeFirstPrintedAt) {
        static SettlementData of(Settlement s) {
            Payment p = s.payment();
            Confirmation c = s.confirmation();
            Fulfilment f = s.fulfilment();
            Notice n = s.notice();
            return new SettlementData(s.invoices().stream().map(RefData::of).toList(),
                    Times.text(s.invoicesSubmittedAt()), p == null ? null : p.amount().fen(), p == null ? null : p.receivedOn().toString(),
                    p == null ? null : p.bankReference(), p == null ? null : p.confirmedBy(),
                    p == null ? null : Times.text(p.confirmedAt()), c == null ? null : c.number(),
                    c == null ? null : c.confirmedOn().toString(), c == null ? null : c.effectiveOn().toString(),
                    c == null ? 0 : c.printCount(), c == null ? null : Times.text(c.lastPrintedAt()),
                    f == null ? null : f.status().name(), f == null ? null : f.message(), f == null ? null : Times.text(f.updatedAt()),
                    n == null ? null : n.reference(), n == null ? null : n.printCount(),
                    n == null ? null : Times.text(n.lastPrintedAt()), c == null ? null : c.checkKeyId(),
                    n == null ? null : Times.text(n.firstPrintedAt()));
        }

        Settlement toSettlement() {
            Payment payment = paidFen == null ? null : new Payment(Money.ofFen(paidFen), LocalDate.parse(receivedOn),
                    bankReference, confirmedBy, Times.instant(confirmedAt));
            Confirmation confirmation = confirmedOn == null ? null : new Confirmation(confirmationNo,
                    LocalDate.parse(confirmedOn), LocalDate.parse(effectiveOn), printCount, Times.instant(lastPrintedAt),
                    checkKeyId);
            Fulfilment progress = fulfilment == null ? null : new Fulfilment(Fulfilment.Status.valueOf(fulfilment),
                    fulfilmentMessage, Times.instant(fulfilmentAt));
            return new Settlement(invoices == null ? List.of() : invoices.stream().map(RefData::toRef).toList(),
                    Times.instant(invoicesSubmittedAt), payment, confirmation, progress, noticeReference == null ? null
                            : new Notice(noticeReference, noticePrintCount, Times.instant(
                                    noticeFirstPrintedAt == null ? noticePrintedAt : noticeFirstPrintedAt),
                                    Times.instant(noticePrintedAt)));
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
            int submissions, List<LockData> rosterLocks, String businessType, String renewedFrom, SettlementData settlement,
            Long version) {

        static EnrollmentItem of(Enrollment e, long version) {
            Instant queued = queuedAt(e);
            return new EnrollmentItem("ENR#" + e.id(), "ENR",
                    "UNITENR#" + e.unitId(), Times.sortable(e.createdAt()) + "#" + e.id(),
                    stateKey(e.orgCode(), e.state()), Times.sortable(queued) + "#" + e.id(),
                    "APPNO#" + e.applicationNo(), "ENR",
                    e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(), Times.text(e.createdAt()),
                    e.createdBy(), e.newBusiness(), e.plans().stream().map(RowData::of).toList(), e.employeeCount(),
                    e.femaleEmployeeCount(), e.note(), e.state().name(), Times.text(e.submittedAt()), e.returnReason(),
                    e.submissions(), e.rosterLocks().stream().map(LockData::of).toList(), e.businessType().name(),
                    e.origin(), SettlementData.of(e.settlement()), version);
        }

        Enrollment toEnrollment() {
            return new Enrollment(id, applicationNo, unitId, unitName, orgCode, Times.instant(createdAt), createdBy,
                    newBusiness, plans.stream().map(RowData::toRow).toList(), employeeCount, femaleEmployeeCount,
                    note == null ? "" : note, EnrollmentState.valueOf(state), Times.instant(submittedAt), returnReason,
                    submissions, rosterLocks == null ? List.of() : rosterLocks.stream().map(LockData::toLock).toList(),
                    businessType == null ? BusinessType.NEW : BusinessType.valueOf(businessType), renewedFrom,
                    settlement == null ? Settlement.NONE : settlement.toSettlement(), version);
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

    /**
     * Where an enrollment sorts in the office's lists: 待缴费 (finance's queue) by the submission of its invoices,
     * every other state by its submission to 初审, drafts by creation.
     */
    static Instant queuedAt(Enrollment e) {
        Instant invoices = e.settlement().invoicesSubmittedAt();
        if (e.state() == EnrollmentState.AWAITING_PAYMENT && invoices != null) {
            return invoices;
        }
        return e.submittedAt() != null ? e.submittedAt() : e.createdAt();
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
        Confirmation confirmation = enrollment.settlement().confirmation();
        if (confirmation != null && confirmation.number() != null) {
            // written again with every later change: the lookup never stays missing if one write was lost
            table.put(new NumberLookup("CONFNO#" + confirmation.number(), "CONFNO", enrollment.id()));
        }
    }

    /** Finds an enrollment by a number people hold (the 确认书号, the 缴款识别码). */
    record NumberLookup(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String enrollmentId) {
    }

    @Override
    public Optional<Enrollment> findByConfirmationNo(String confirmationNo) {
        return table.get("CONFNO#" + confirmationNo, "CONFNO", NumberLookup.class).flatMap(lookup -> find(lookup.enrollmentId()))
                .filter(e -> e.settlement().confirmation() != null
                        && confirmationNo.equals(e.settlement().confirmation().number()));
    }

    @Override
    public boolean claimPaymentReference(String reference, String enrollmentId) {
        NumberLookup claim = new NumberLookup("PAYREF#" + reference, "PAYREF", enrollmentId);
        return table.insert(claim) || table.get(claim.pk(), claim.sk(), NumberLookup.class)
                .map(held -> held.enrollmentId().equals(enrollmentId)).orElse(false);
    }

    @Override
    public Optional<Enrollment> findByPaymentReference(String reference) {
        return table.get("PAYREF#" + reference, "PAYREF", NumberLookup.class).flatMap(lookup -> find(lookup.enrollmentId()))
                .filter(e -> e.settlement().notice() != null && reference.equals(e.settlement().notice().reference()));
    }

    @Override
    public Optional<Enrollment> find(String enrollmentId) {
        return table.get("ENR#" + enrollmentId, "ENR", EnrollmentItem.class).map(EnrollmentItem::toEnrollment);
    }

    @Override
    public java.util.Map<String, Enrollment> findAll(java.util.Collection<String> enrollmentIds) {
        List<software.amazon.awssdk.enhanced.dynamodb.Key> keys = enrollmentIds.stream().distinct()
                .map(id -> software.amazon.awssdk.enhanced.dynamodb.Key.builder().partitionValue("ENR#" + id)
                        .sortValue("ENR").build()).toList();
        java.util.Map<String, Enrollment> found = new java.util.HashMap<>();
        table.getAll(keys, EnrollmentItem.class).forEach(item -> {
            Enrollment e = item.toEnrollment();
            found.put(e.id(), e);
        });
        return found;
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
    public Page<Enrollment> forUnit(UnitQuery q) {
        Query.Builder query = Query.on(DynamoTable.GSI1, "GSI1PK", "UNITENR#" + q.unitId()).descending().limit(q.limit())
                .cursor(q.cursor());
        if (q.created().from() != null || q.created().to() != null) {
            query.sortBetween("GSI1SK", q.created().start().map(Times::sortable).orElse("0"),
                    q.created().end().map(Times::sortable).orElse("9") + "#~");
        }
        UnitFilters.apply(q, query);
        Query built = query.build();
        Page<Enrollment> page = table.query(built, EnrollmentItem.class).map(EnrollmentItem::toEnrollment);
        return new Page<>(page.items(), page.next(), table.count(built));
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

    record RenewalItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String renewalId) {
    }

    @Override
    public Optional<String> renewalOf(String confirmedId) {
        return table.get("RENEWAL#" + confirmedId, "RENEWAL", RenewalItem.class).map(RenewalItem::renewalId);
    }

    /** A 增员 of a confirmed enrollment: in the 原参保单's own partition of marks, one per 增员. */
    record AdditionItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String additionId) {
    }

    @Override
    public void markAddition(String originId, String additionId) {
        table.put(new AdditionItem("ADDITIONS#" + originId, "ADD#" + additionId, additionId));
    }

    @Override
    public List<String> additionsOf(String originId) {
        List<String> ids = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ADDITIONS#" + originId).build(), AdditionItem.class,
                item -> ids.add(item.additionId()));
        return ids;
    }

    @Override
    public boolean markRenewal(String confirmedId, String renewalId, String replacing) {
        RenewalItem item = new RenewalItem("RENEWAL#" + confirmedId, "RENEWAL", renewalId);
        return replacing == null ? table.insert(item)
                : table.putIf(item, "#r = :r", Map.of("#r", "renewalId"), Map.of(":r", AttributeValue.fromS(replacing)));
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
