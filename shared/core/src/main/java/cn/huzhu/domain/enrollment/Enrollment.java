package cn.huzhu.domain.enrollment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceBook;
import cn.huzhu.domain.invoice.InvoiceRef;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.money.PlanFees;

/**
 * 参保单: a unit's application to enroll its employees in one or more plans. The plan rows are copies taken when they
 * were chosen; the roster members live beside it, counted in each row's {@link MemberStats}.
 */
public final class Enrollment {
    public static final int NOTE_MAX = 500;

    private final String id;
    private final String applicationNo;
    private final String unitId;
    private final String unitName;
    private final String orgCode;
    private final Instant createdAt;
    private final String createdBy;
    private boolean newBusiness;
    private List<EnrollmentPlan> plans;
    private Integer employeeCount;
    private Integer femaleEmployeeCount;
    private String note;
    private EnrollmentState state;
    private Instant submittedAt;
    private String returnReason;
    private int submissions;
    private final List<RosterLock> rosterLocks;
    private final BusinessType businessType;
    private final String origin;
    private final List<InvoiceRef> invoices;
    private Instant invoicesSubmittedAt;
    private Payment payment;
    private Confirmation confirmation;
    private Fulfilment fulfilment;
    private Notice notice;
    private Long version;

    public Enrollment(String id, String applicationNo, String unitId, String unitName, String orgCode, Instant createdAt,
            String createdBy, boolean newBusiness, List<EnrollmentPlan> plans, Integer employeeCount,
            Integer femaleEmployeeCount, String note, EnrollmentState state, Instant submittedAt, String returnReason,
            int submissions, List<RosterLock> rosterLocks, BusinessType businessType, String origin,
            Settlement settlement, Long version) {
        this.id = id;
        this.applicationNo = applicationNo;
        this.unitId = unitId;
        this.unitName = unitName;
        this.orgCode = orgCode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.newBusiness = newBusiness;
        this.plans = new ArrayList<>(plans);
        this.employeeCount = employeeCount;
        this.femaleEmployeeCount = femaleEmployeeCount;
        this.note = note;
        this.state = state;
        this.submittedAt = submittedAt;
        this.returnReason = returnReason;
        this.submissions = submissions;
        this.rosterLocks = new ArrayList<>(rosterLocks);
        this.businessType = businessType;
        this.origin = origin;
        this.invoices = new ArrayList<>(settlement.invoices());
        this.invoicesSubmittedAt = settlement.invoicesSubmittedAt();
        this.payment = settlement.payment();
        this.confirmation = settlement.confirmation();
        this.fulfilment = settlement.fulfilment();
        this.notice = settlement.notice();
        this.version = version;
    }

    /** A new draft with its first plan rows (step ①). */
    public static Enrollment draft(String id, String applicationNo, String unitId, String unitName, String orgCode,
            Instant now, String createdBy, boolean newBusiness, List<EnrollmentPlan> plans) {
        return draft(id, applicationNo, unitId, unitName, orgCode, now, createdBy, newBusiness, plans, BusinessType.NEW, null);
    }

    /** A new draft of a business type: 续保 names the confirmed enrollment it renews. */
    public static Enrollment draft(String id, String applicationNo, String unitId, String unitName, String orgCode,
            Instant now, String createdBy, boolean newBusiness, List<EnrollmentPlan> plans, BusinessType type,
            String renewedFrom) {
        if (type == BusinessType.ADDITION) {
            throw new IllegalArgumentException("a 增员 is started from its 原参保单: addition()");
        }
        Enrollment enrollment = new Enrollment(id, applicationNo, unitId, unitName, orgCode, now, createdBy, newBusiness,
                List.of(), null, null, "", EnrollmentState.DRAFT, null, null, 0, List.of(), type, renewedFrom,
                Settlement.NONE, null);
        plans.forEach(row -> enrollment.addPlan(row.chosen(), row.shares()));
        if (enrollment.plans.isEmpty()) {
            throw DomainException.invalid("PLANS_REQUIRED", "请至少选择一个保障活动");
        }
        return enrollment;
    }

    /**
     * 增员: a draft adding members to a confirmed 原参保单 during its term, in its plans with its shares, each charged
     * for the months from tomorrow to the plan's 共同止期 there (counted again when it is submitted and approved). Refused
     * when the 原参保单 is not confirmed with its cover recorded, is itself a 增员, or its cover has ended.
     */
    public static Enrollment addition(String id, String applicationNo, Enrollment origin, Instant now, String createdBy) {
        origin.requireCoverRecorded();
        if (origin.businessType == BusinessType.ADDITION) {
            throw DomainException.invalid("ADDITION_OF_ADDITION", "增员单不能再增员，请在原参保单上办理增员");
        }
        LocalDate start = LocalDate.ofInstant(now, BusinessDay.ZONE).plusDays(1);
        LocalDate originStart = origin.confirmation.effectiveOn();
        List<EnrollmentPlan> rows = origin.plans.stream().filter(row -> !row.plan().retired())
                .map(row -> EnrollmentPlan.added(row.chosen(), row.shares(),
                        new AdditionTerm(originStart, row.coverEnd(originStart), 1).from(start, row.plan().termMonths())))
                .toList();
        if (rows.isEmpty()) {
            throw DomainException.invalid("PLAN_RETIRED", "原参保单的保障活动均已停办，不能增员");
        }
        Enrollment draft = new Enrollment(id, applicationNo, origin.unitId, origin.unitName, origin.orgCode, now, createdBy,
                origin.newBusiness, rows, origin.employeeCount, origin.femaleEmployeeCount, "", EnrollmentState.DRAFT, null,
                null, 0, List.of(), BusinessType.ADDITION, origin.id, Settlement.NONE, null);
        return draft;
    }

    /** A 增员's plans and shares are its 原参保单's: they change at 续保, not during the term. */
    private void refuseForAddition(String what) {
        if (businessType == BusinessType.ADDITION) {
            throw DomainException.conflict("ADDITION_PLANS_FIXED", "增员的保障活动与份数同原参保单，不能" + what);
        }
    }

    public void requireEditable() {
        if (!state.editableByUnit()) {
            throw DomainException.conflict("ENROLLMENT_NOT_EDITABLE",
                    "参保单当前状态为“" + state.label() + "”，不能修改");
        }
    }

    public void addPlan(ChosenPlan chosen, int shares) {
        requireEditable();
        refuseForAddition("添加保障活动");
        if (chosen.plan().retired()) {
            throw DomainException.invalid("PLAN_RETIRED", "「" + chosen.plan().name() + "」已停办，不能选择");
        }
        if (plan(chosen.code()).isPresent()) {
            throw DomainException.invalid("PLAN_DUPLICATE", "「" + chosen.plan().name() + "」已在本参保单中，同一细类不能重复添加");
        }
        plans.add(EnrollmentPlan.chosen(chosen, shares));
    }

    /** Removes a plan row; the caller removes its members. */
    public void removePlan(String planCode, Instant now) {
        requireEditable();
        refuseForAddition("删除保障活动");
        EnrollmentPlan row = requirePlan(planCode);
        refuseWhileLocked(List.of(planCode), null, now);
        if (plans.size() == 1) {
            throw DomainException.invalid("LAST_PLAN", "参保单至少保留一个保障活动；如不再需要，请作废参保单");
        }
        plans.remove(row);
    }

    public void changeShares(String planCode, int shares) {
        requireEditable();
        refuseForAddition("修改份数");
        replace(requirePlan(planCode).withShares(shares));
    }

    public void setAnonymousCount(String planCode, int count) {
        requireEditable();
        if (count != 0) {
            refuseForAddition("使用无名单：增员人员须逐一列明");
        }
        replace(requirePlan(planCode).withAnonymousCount(count));
    }

    /** Stores recounted member numbers; allowed in any state because imports finish asynchronously. */
    public void recordMembers(String planCode, MemberStats stats) {
        replace(requirePlan(planCode).withMembers(stats));
    }

    public void updateDetails(boolean newBusiness, Integer employees, Integer femaleEmployees, String note) {
        requireEditable();
        List<Problem> problems = new ArrayList<>();
        if (employees != null && (employees < 0 || employees > 10_000_000)) {
            problems.add(new Problem("employeeCount", "在职职工人数应为0到10000000之间的整数"));
        }
        if (femaleEmployees != null && (femaleEmployees < 0 || femaleEmployees > 10_000_000)) {
            problems.add(new Problem("femaleEmployeeCount", "在职女职工人数应为0到10000000之间的整数"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(new Problem("note", "参保说明不能超过" + NOTE_MAX + "个字"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("DETAILS_INVALID", problems.get(0).message(), problems);
        }
        this.newBusiness = newBusiness;
        this.employeeCount = employees;
        this.femaleEmployeeCount = femaleEmployees;
        this.note = note == null ? "" : note.trim();
    }

    /**
     * Takes the rosters of these plans for one change of their members (see {@link RosterLock}). Refused while another
     * live hold has one of them, or when the enrollment can no longer change.
     *
     * @return the plans whose earlier holder died: their counts must be taken again from the stored members
     */
    public Set<String> lockRosters(Collection<String> planCodes, String owner, RosterLock.Kind kind, Instant now,
            Duration hold) {
        requireEditable();
        planCodes.forEach(this::requirePlan);
        refuseWhileLocked(planCodes, owner, now);
        Set<String> expired = new LinkedHashSet<>();
        for (String code : planCodes) {
            // a holder that let its hold lapse, or an earlier run of this very owner (an import delivered again after it
            // died), may have changed members without counting them: the plan is counted afresh when it is given back
            lockOf(code).filter(lock -> !lock.liveAt(now) || lock.owner().equals(owner)).ifPresent(lock -> expired.add(code));
            rosterLocks.removeIf(lock -> lock.planCode().equals(code));
            rosterLocks.add(new RosterLock(code, owner, kind, now.plus(hold)));
        }
        return expired;
    }

    /** Ends the owner's hold of a plan; false when it no longer holds it (it outlived its hold and another took it). */
    public boolean unlockRoster(String planCode, String owner) {
        return rosterLocks.removeIf(lock -> lock.planCode().equals(planCode) && lock.owner().equals(owner));
    }

    public List<RosterLock> rosterLocks() {
        return List.copyOf(rosterLocks);
    }

    private Optional<RosterLock> lockOf(String planCode) {
        return rosterLocks.stream().filter(lock -> lock.planCode().equals(planCode)).findFirst();
    }

    /** Refuses while a live hold of someone else has one of the plans (all plans when {@code planCodes} is null). */
    private void refuseWhileLocked(Collection<String> planCodes, String owner, Instant now) {
        rosterLocks.stream()
                .filter(lock -> lock.liveAt(now) && !lock.owner().equals(owner))
                .filter(lock -> planCodes == null || planCodes.contains(lock.planCode()))
                .findFirst()
                .ifPresent(lock -> {
                    throw DomainException.conflict(lock.kind().code(), lock.kind().message());
                });
    }

    /** Refused while an import or an edit is changing members: the counts are about to change. */
    public void requireRostersFree(Instant now) {
        refuseWhileLocked(null, null, now);
    }

    /** Applies an action of the life cycle and returns the history entry to record. */
    public StateChange apply(EnrollmentAction action, String actor, Role role, String reason, Instant now) {
        if (action == EnrollmentAction.SUBMIT) {
            requireRostersFree(now);
            List<Problem> problems = SubmissionCheck.problems(this);
            if (!problems.isEmpty()) {
                throw DomainException.invalid("SUBMISSION_INCOMPLETE", "参保单还不能提交：" + problems.get(0).message(), problems);
            }
        }
        if (action == EnrollmentAction.SUBMIT_INVOICES && state == EnrollmentState.APPROVED) {
            List<Problem> problems = InvoiceBook.unsettled(plans, invoices);
            if (!problems.isEmpty()) {
                throw DomainException.invalid("INVOICES_UNSETTLED", "开票信息还不能提交：" + problems.get(0).message(), problems);
            }
        }
        if (action == EnrollmentAction.CONFIRM_PAYMENT) {
            throw new IllegalArgumentException("a payment is confirmed with its amount: confirmPayment");
        }
        EnrollmentState from = state;
        EnrollmentState to = StateMachine.next(from, action, role, reason);
        if (action == EnrollmentAction.SUBMIT || action == EnrollmentAction.APPROVE) {
            // a 增员's months run from the day its cover would start if confirmed now: fixed for good at approval
            LocalDate start = LocalDate.ofInstant(now, BusinessDay.ZONE).plusDays(1);
            plans.replaceAll(row -> row.withAdditionFrom(start));
        }
        state = to;
        if (action == EnrollmentAction.SUBMIT) {
            submittedAt = now;
            submissions++;
        }
        if (action == EnrollmentAction.SUBMIT_INVOICES) {
            invoicesSubmittedAt = now;
        }
        if (action == EnrollmentAction.RETURN) {
            returnReason = reason.trim();
        }
        return new StateChange(now, actor, role, from, to, action, reason == null ? "" : reason.trim());
    }

    // --- 线上开票录入 ------------------------------------------------------------------------------------------------

    /** Invoices are entered between approval and their submission. */
    public void requireInvoicingOpen() {
        if (state != EnrollmentState.APPROVED) {
            throw DomainException.conflict("INVOICES_LOCKED", "参保单当前状态为“" + state.label() + "”，"
                    + (state.ordinal() > EnrollmentState.APPROVED.ordinal() && state != EnrollmentState.CANCELLED
                            ? "开票信息已提交，不能再修改；如需更正请联系办事处财务" : "审核通过后才能录入开票信息"));
        }
    }

    /**
     * 新增开票信息: the invoice must keep every balancing rule ({@link InvoiceBook}); a business holds at most
     * {@code maxInvoices} of them. Its content is stored under {@code contentKey}, beside the enrollment.
     */
    public void addInvoice(Invoice invoice, String contentKey, int maxInvoices) {
        requireInvoicingOpen();
        if (invoices.size() >= maxInvoices) {
            throw DomainException.invalid("INVOICE_LIMIT_REACHED", "一笔业务最多录入" + maxInvoices
                    + "张开票信息，已达上限；请合并开票，或联系办事处");
        }
        if (invoices.stream().anyMatch(ref -> ref.id().equals(invoice.id()))) {
            throw DomainException.conflict("INVOICE_EXISTS", "批次号" + invoice.batchNo() + "的开票信息已保存");
        }
        InvoiceBook.check(invoice, plans, invoices);
        invoices.add(InvoiceRef.of(invoice, contentKey));
    }

    /**
     * Replaces an invoice by its next revision ({@link Invoice#revisedAs}); its 批次号 and creation stay. {@code
     * seenRevision} is the revision the editor started from: a newer one was saved meanwhile (another page), so this
     * edit is refused rather than lose it.
     */
    public void replaceInvoice(String invoiceId, int seenRevision, Invoice revised, String contentKey) {
        requireInvoicingOpen();
        InvoiceRef current = requireInvoice(invoiceId);
        requireRevision(current, seenRevision);
        if (revised.revision() != seenRevision + 1 || !revised.id().equals(invoiceId)
                || !revised.batchNo().equals(current.batchNo())) {
            throw new IllegalArgumentException("not the next revision of invoice " + invoiceId);
        }
        InvoiceBook.check(revised, plans, invoices);
        InvoiceRef replacement = InvoiceRef.of(revised, contentKey);
        invoices.replaceAll(ref -> ref.id().equals(invoiceId) ? replacement : ref);
    }

    private static void requireRevision(InvoiceRef current, int seenRevision) {
        if (current.revision() != seenRevision) {
            throw DomainException.conflict("INVOICE_CHANGED", "批次号" + current.batchNo() + "的开票信息已在其他页面修改，"
                    + "请刷新后再改");
        }
    }

    public void removeInvoice(String invoiceId, int seenRevision) {
        requireInvoicingOpen();
        InvoiceRef current = requireInvoice(invoiceId);
        requireRevision(current, seenRevision);
        invoices.remove(current);
    }

    public InvoiceRef requireInvoice(String invoiceId) {
        return invoices.stream().filter(invoice -> invoice.id().equals(invoiceId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("INVOICE_NOT_FOUND", "开票信息不存在"));
    }

    /** What the enrollment keeps of its invoices, in the order they were added. */
    public List<InvoiceRef> invoices() {
        return List.copyOf(invoices);
    }

    /**
     * 理赔金额 of a plan, entered by the office while no invoice is submitted: it lowers the plan's 应交会费, never below 0
     * and never below what invoices already claim of it. The change is recorded in the history.
     */
    public StateChange setClaimDeduction(String planCode, Money amount, String actor, Role role, Instant now) {
        StateMachine.next(state, EnrollmentAction.SET_CLAIM_DEDUCTION, role, null);
        EnrollmentPlan row = requirePlan(planCode);
        PlanFees fees = row.fees();
        Money ceiling = fees.claimCeiling();
        if (amount.isNegative() || amount.compareTo(ceiling) > 0) {
            throw DomainException.invalid("CLAIM_OUT_OF_RANGE", "「" + row.plan().name() + "」理赔金额应在0到" + ceiling.format()
                    + "元之间");
        }
        EnrollmentPlan changed = row.withClaimDeduction(amount);
        Money invoiced = InvoiceBook.invoiced(planCode, invoices, null);
        if (changed.fees().payable().compareTo(invoiced) < 0) {
            throw DomainException.invalid("CLAIM_BELOW_INVOICED", "「" + row.plan().name() + "」已开票" + invoiced.format()
                    + "元，理赔金额不能使应交会费低于已开票金额");
        }
        replace(changed);
        return new StateChange(now, actor, role, state, state, EnrollmentAction.SET_CLAIM_DEDUCTION, "「" + row.plan().name()
                + "」理赔金额 " + row.claimDeduction().format() + " → " + amount.format() + " 元");
    }

    // --- 确认收款 --------------------------------------------------------------------------------------------------

    /**
     * 确认收款: the amount that arrived must be exactly 单位应付金额 (else refused, saying by how much it differs); the
     * enrollment is then confirmed and its 确认书 issued, effective the day after confirmation. The 确认书号 is given once
     * this confirmation stands ({@link #numberConfirmation}), so a refused or lost confirmation spends no number.
     */
    public StateChange confirmPayment(Money amount, LocalDate receivedOn, String bankReference, String actor, Role role,
            Instant now) {
        checkPayment(amount, receivedOn, bankReference, role, now);
        EnrollmentState from = state;
        state = EnrollmentState.CONFIRMED;
        String reference = bankReference.trim();
        payment = new Payment(amount, receivedOn, reference, actor, now);
        confirmation = Confirmation.issued(null, LocalDate.ofInstant(now, BusinessDay.ZONE));
        fulfilment = Fulfilment.pending(now);
        return new StateChange(now, actor, role, from, state, EnrollmentAction.CONFIRM_PAYMENT, "到账" + amount.format()
                + "元，" + receivedOn + "，流水号" + reference);
    }

    /**
     * Gives the standing 确认书 its number and the key its 查验码 is made with; asking again with the same number changes
     * nothing.
     */
    public void numberConfirmation(String number, String checkKeyId) {
        requireConfirmation();
        if (confirmation.number() != null) {
            if (!confirmation.number().equals(number)) {
                throw new IllegalStateException("确认书 of " + id + " is numbered " + confirmation.number() + " already");
            }
            return;
        }
        confirmation = confirmation.numbered(number, checkKeyId);
    }

    /** Everything {@link #confirmPayment} would refuse, checked before a 确认书号 is spent on it. */
    public void checkPayment(Money amount, LocalDate receivedOn, String bankReference, Role role, Instant now) {
        StateMachine.next(state, EnrollmentAction.CONFIRM_PAYMENT, role, null);
        LocalDate today = LocalDate.ofInstant(now, BusinessDay.ZONE);
        Money payable = fees().payable();
        Checks checks = new Checks();
        checks.require(amount != null && amount.equals(payable), "amount", amount == null ? "请填写到账金额"
                : "到账金额" + amount.format() + "元与单位应付金额" + payable.format() + "元不符（"
                        + (amount.compareTo(payable) > 0 ? "多" : "少") + amount.minus(payable).abs().format() + "元）");
        checks.require(receivedOn != null && !receivedOn.isAfter(today) && !receivedOn.isBefore(today.minusYears(1)),
                "receivedOn", "到账日期应为近一年内、不晚于今天的日期");
        String reference = bankReference == null ? "" : bankReference.trim();
        checks.require(!reference.isEmpty() && reference.length() <= 50, "bankReference", "请填写银行流水号（不超过50个字符）");
        checks.throwIfAny("PAYMENT_INVALID");
        additionEnd().filter(end -> !today.isBefore(end)).ifPresent(end -> {
            throw DomainException.conflict("ORIGIN_TERM_ENDED", "原参保单的保障期至" + end + "，增员已无保障期可给，不能确认收款；"
                    + "款项请按待处理退回单位");
        });
    }

    /** A 增员's earliest 共同止期 among the plans it adds someone to; empty for other businesses. */
    public Optional<LocalDate> additionEnd() {
        return plans.stream().filter(row -> row.addition() != null && row.persons() > 0)
                .map(row -> row.addition().commonEnd()).min(LocalDate::compareTo);
    }

    /** Where the background work after confirmation stands. */
    public void recordFulfilment(Fulfilment progress) {
        fulfilment = progress;
    }

    /** The states in which the 缴费通知单 can be printed: once approved, for good. */
    /** One more print of the 缴费通知单; the first print gives it its 缴款识别码 ({@code newReference}). */
    public Notice noticePrinted(String newReference, Instant at) {
        if (!EnrollmentState.APPROVED_OR_LATER.contains(state)) {
            throw DomainException.conflict("NOTICE_NOT_PRINTABLE", "参保单当前状态为“" + state.label() + "”，审核通过后才能打印缴费通知单");
        }
        notice = notice == null ? Notice.first(newReference, at) : notice.printed(at);
        return notice;
    }

    /** One more print of the 确认书. */
    public void confirmationPrinted(Instant at) {
        requireConfirmation();
        confirmation = confirmation.printed(at);
    }

    /** The 确认书 exists once the payment is confirmed: before that, nothing to print or download. */
    public void requireConfirmation() {
        if (confirmation == null) {
            throw DomainException.conflict("NOT_CONFIRMED", "参保单尚未确认收款，没有确认书");
        }
    }

    /** Changes during the term (减员) need the members' cover fixed: the payment confirmed and its fulfilment done. */
    public void requireCoverRecorded() {
        if (confirmation == null || fulfilment == null || fulfilment.status() != Fulfilment.Status.DONE) {
            throw DomainException.conflict("COVER_NOT_RECORDED", "参保单尚未确认收款，或保障期正在登记中，暂不能办理人员变更");
        }
    }

    /**
     * The first day a confirmed enrollment's cover ends (of its plans with anyone in them), which 续保 is about; empty
     * before then, and for a 增员, whose members are renewed with the 原参保单.
     */
    public Optional<LocalDate> coverEnds() {
        if (confirmation == null || businessType == BusinessType.ADDITION) {
            return Optional.empty();
        }
        return plans.stream().filter(row -> row.persons() > 0)
                .map(row -> row.coverEnd(confirmation.effectiveOn())).min(LocalDate::compareTo);
    }

    public Settlement settlement() {
        return new Settlement(invoices, invoicesSubmittedAt, payment, confirmation, fulfilment, notice);
    }

    public BusinessType businessType() {
        return businessType;
    }

    /** The confirmed enrollment this one starts from: the one a 续保 renews, a 增员's 原参保单; else null. */
    public String origin() {
        return origin;
    }

    public PlanFees fees() {
        return plans.stream().map(EnrollmentPlan::fees).reduce(PlanFees.NONE, PlanFees::plus);
    }

    public Optional<EnrollmentPlan> plan(String planCode) {
        return plans.stream().filter(row -> row.code().equals(planCode)).findFirst();
    }

    public EnrollmentPlan requirePlan(String planCode) {
        return plan(planCode).orElseThrow(() -> DomainException.notFound("PLAN_NOT_IN_ENROLLMENT", "参保单中没有该保障活动细类"));
    }

    private void replace(EnrollmentPlan updated) {
        plans.replaceAll(row -> row.code().equals(updated.code()) ? updated : row);
    }

    public String id() {
        return id;
    }

    public String applicationNo() {
        return applicationNo;
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String orgCode() {
        return orgCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public boolean newBusiness() {
        return newBusiness;
    }

    public List<EnrollmentPlan> plans() {
        return List.copyOf(plans);
    }

    public Integer employeeCount() {
        return employeeCount;
    }

    public Integer femaleEmployeeCount() {
        return femaleEmployeeCount;
    }

    public String note() {
        return note;
    }

    public EnrollmentState state() {
        return state;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    /** How often it went to 初审: 2 and more mark a resubmission after a return. */
    public int submissions() {
        return submissions;
    }

    public Long version() {
        return version;
    }

    /** Called by storage once this state is written, with the version now stored. */
    public void savedAs(long newVersion) {
        this.version = newVersion;
    }
}
