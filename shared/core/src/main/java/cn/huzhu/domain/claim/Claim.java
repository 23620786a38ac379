package cn.huzhu.domain.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

/**
 * 保障金申领: a unit's claim for one covered member, handled by the office's 理赔员 (受理, 审核, 复核 by another person)
 * and paid by finance. Every step is recorded.
 */
public final class Claim {
    /** The longest 拒付 or 退回 text, and the longest reason for a changed amount. */
    public static final int TEXT_MAX = 300;

    private final String id;
    private final String claimNo;
    private final Member member;
    private final ClaimKind kind;
    private final Instant createdAt;
    private final String createdBy;
    private ClaimEvent event;
    private BankAccount account;
    private List<ClaimDocument> documents;
    private ClaimState state;
    private Instant firstSubmittedAt;
    private Instant acceptedAt;
    private String lateReason;
    private String missing;
    private Assessment assessment;
    private Money amount;
    private String amountReason;
    private String assessedBy;
    private LocalDate paidOn;
    private String bankReference;
    private RefusalReason refusal;
    private String refusalText;
    private final List<ClaimStep> steps;
    private Long version;

    /**
     * Who the claim is for: the member of a plan of a confirmed business of the unit.
     *
     * @param shares the member's shares in that plan, which the figures multiply
     */
    public record Member(String unitId, String unitName, String orgCode, String enrollmentId, String planCode, String key,
            String name, int shares) {
    }

    /** Everything a stored claim holds beside its identity. */
    public record Handling(ClaimState state, Instant firstSubmittedAt, Instant acceptedAt, String lateReason, String missing,
            Assessment assessment, Money amount, String amountReason, String assessedBy, LocalDate paidOn,
            String bankReference, RefusalReason refusal, String refusalText) {
        public static final Handling DRAFT = new Handling(ClaimState.DRAFT, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    public Claim(String id, String claimNo, Member member, ClaimKind kind, Instant createdAt, String createdBy,
            ClaimEvent event, BankAccount account, List<ClaimDocument> documents, Handling handling, List<ClaimStep> steps,
            Long version) {
        this.id = id;
        this.claimNo = claimNo;
        this.member = member;
        this.kind = kind;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.event = event;
        this.account = account;
        this.documents = List.copyOf(documents);
        this.state = handling.state();
        this.firstSubmittedAt = handling.firstSubmittedAt();
        this.acceptedAt = handling.acceptedAt();
        this.lateReason = handling.lateReason();
        this.missing = handling.missing();
        this.assessment = handling.assessment();
        this.amount = handling.amount();
        this.amountReason = handling.amountReason();
        this.assessedBy = handling.assessedBy();
        this.paidOn = handling.paidOn();
        this.bankReference = handling.bankReference();
        this.refusal = handling.refusal();
        this.refusalText = handling.refusalText();
        this.steps = new ArrayList<>(steps);
        this.version = version;
    }

    public static Claim draft(String id, String claimNo, Member member, ClaimKind kind, ClaimEvent event, BankAccount account,
            List<ClaimDocument> documents, Instant now, String by) {
        return new Claim(id, claimNo, member, kind, now, by, event, account, documents, Handling.DRAFT, List.of(), null);
    }

    // --- the unit -----------------------------------------------------------------------------------------------

    /** The unit changes its draft, or a claim sent back for what is missing. */
    public void edit(ClaimEvent newEvent, BankAccount newAccount, List<ClaimDocument> newDocuments) {
        requireState("修改申领", state.editableByUnit());
        event = newEvent;
        account = newAccount;
        documents = List.copyOf(newDocuments);
    }

    /**
     * 提交 (again after 退回补正): the event and account complete. 时效 is measured on the first submission only; {@code
     * refused} are the reasons the checks of cover and 时效 found: the claim is then closed at once as 拒付 with the
     * first of them, unless it is only late, which the office decides (逾期).
     */
    public void submit(String actor, Instant now, List<RefusalReason> refused) {
        submit(actor, now, refused, false, kind.requiredDocuments());
    }

    /**
     * {@code memberDeceased}: the member has died (减员 死亡), so a beneficiary may be paid as for a 身故; {@code
     * requiredDocuments}: what the office's settings ask of this kind.
     */
    public void submit(String actor, Instant now, List<RefusalReason> refused, boolean memberDeceased,
            List<String> requiredDocuments) {
        requireState("提交", state.editableByUnit());
        LocalDate today = LocalDate.ofInstant(now, BusinessDay.ZONE);
        event.check(kind, today);
        account.check(member.name(), kind, memberDeceased);
        List<String> missingTypes = requiredDocuments.stream()
                .filter(type -> documents.stream().noneMatch(d -> d.type().equals(type))).toList();
        if (!missingTypes.isEmpty()) {
            throw DomainException.invalid("DOCUMENTS_MISSING", "请上传" + kind.label() + "申领所需的材料：" + String.join("、", missingTypes));
        }
        ClaimState from = state;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        List<RefusalReason> decisive = refused.stream().filter(r -> r != RefusalReason.TIME_BARRED).toList();
        if (!decisive.isEmpty()) {
            refusal = RefusalReason.first(decisive).orElseThrow();
            state = ClaimState.REFUSED;
            record(now, actor, Role.UNIT, from, "提交", refusal.label(), null, false);
            return;
        }
        state = ClaimState.SUBMITTED;
        missing = null;
        record(now, actor, Role.UNIT, from, "提交", refused.isEmpty() ? "" : "逾期（" + RefusalReason.TIME_BARRED.label() + "）",
                null, false);
    }

    /** Whether the claim was submitted after its 时效 (the office decides: 受理 as 逾期 with a reason, or 拒付). */
    public boolean late(int deadlineYears) {
        LocalDate submitted = firstSubmittedAt == null ? null : LocalDate.ofInstant(firstSubmittedAt, BusinessDay.ZONE);
        return submitted != null && !ClaimDeadline.timely(event.deadlineFrom(kind), submitted, deadlineYears);
    }

    // --- the 理赔员 ---------------------------------------------------------------------------------------------

    /** 受理: a late claim only with the reason the office accepts it (逾期). */
    public void accept(String actor, Role role, Instant now, String lateAcceptance, int deadlineYears) {
        require(role, Role.CLAIMS, "受理", state == ClaimState.SUBMITTED);
        if (late(deadlineYears)) {
            lateReason = text(lateAcceptance, "LATE_REASON_REQUIRED", "该申领已超过申领时效，受理须填写逾期受理原因");
        }
        acceptedAt = now;
        move(ClaimState.ACCEPTED, now, actor, role, "受理", lateReason == null ? "" : "逾期受理：" + lateReason, null, false);
    }

    /** 退回补正, naming what is missing. */
    public void sendBack(String actor, Role role, Instant now, String whatIsMissing) {
        require(role, Role.CLAIMS, "退回补正", state == ClaimState.SUBMITTED || state == ClaimState.ACCEPTED);
        missing = text(whatIsMissing, "MISSING_REQUIRED", "请写明需补正的材料或信息");
        move(ClaimState.RETURNED, now, actor, role, "退回补正", missing, null, false);
    }

    /**
     * 审核: the computed assessment, and the amount the handler sets: the computed one, or a lower one with a reason (the
     * plan never allows more). An assessment that pays nothing closes the claim as 拒付 with its reason.
     */
    public void assess(String actor, Role role, Instant now, Assessment computed, Money changed, String reason) {
        require(role, Role.CLAIMS, "审核", state == ClaimState.ACCEPTED);
        assessment = computed;
        if (!computed.pays()) {
            refusal = computed.refusal();
            amount = Money.ZERO;
            assessedBy = actor;
            move(ClaimState.REFUSED, now, actor, role, "审核", refusal.label(), Money.ZERO, false);
            return;
        }
        Money set = changed == null ? computed.amount() : changed;
        if (set.isNegative() || set.compareTo(computed.amount()) > 0) {
            throw DomainException.invalid("AMOUNT_OUT_OF_RANGE", "核定金额应在0到按规定计算的" + computed.amount().format() + "元之间");
        }
        amountReason = set.equals(computed.amount()) ? null
                : text(reason, "AMOUNT_REASON_REQUIRED", "核定金额与计算金额不同，请填写调整原因");
        amount = set;
        assessedBy = actor;
        move(ClaimState.ASSESSED, now, actor, role, "审核", amountReason == null ? "" : amountReason, amount, false);
    }

    /** 复核 by someone other than the one who assessed: agreed, the claim waits for payment; else back to 审核. */
    public void review(String actor, Role role, Instant now, boolean agreed, String reason) {
        require(role, Role.CLAIMS, "复核", state == ClaimState.ASSESSED);
        if (actor.equals(assessedBy)) {
            throw DomainException.conflict("SAME_HANDLER", "复核须由审核人以外的理赔员办理");
        }
        if (agreed) {
            move(ClaimState.AWAITING_PAYMENT, now, actor, role, "复核通过", "", amount, false);
        } else {
            String why = text(reason, "REVIEW_REASON_REQUIRED", "复核不通过，请填写原因");
            amount = null;
            move(ClaimState.ACCEPTED, now, actor, role, "复核退回", why, null, true);
        }
    }

    /** 拒付 with a reason from the list (其他: with its text). */
    public void refuse(String actor, Role role, Instant now, RefusalReason reason, String text) {
        require(role, Role.CLAIMS, "拒付", state == ClaimState.SUBMITTED || state == ClaimState.ACCEPTED
                || state == ClaimState.ASSESSED);
        if (reason == null) {
            throw DomainException.invalid("REFUSAL_REASON_REQUIRED", "请选择拒付原因");
        }
        boolean blank = text == null || text.isBlank();
        refusalText = blank && reason != RefusalReason.OTHER ? null
                : text(text, "REFUSAL_TEXT_REQUIRED", blank ? "拒付原因为“其他”时请写明原因" : "");
        refusal = reason;
        amount = Money.ZERO;
        move(ClaimState.REFUSED, now, actor, role, "拒付", reason.label() + (refusalText == null ? "" : "：" + refusalText),
                Money.ZERO, false);
    }

    /** When the claim was sent back for 补正 last, if it waits for the unit now. */
    public java.util.Optional<Instant> returnedAt() {
        if (state != ClaimState.RETURNED) {
            return java.util.Optional.empty();
        }
        return steps.stream().filter(step -> step.to() == ClaimState.RETURNED).map(ClaimStep::at).reduce((a, b) -> b);
    }

    /** Whether the unit has left the claim 退回补正 longer than {@code days}: then it may be closed unanswered. */
    public boolean unansweredLongerThan(Instant now, int days) {
        return returnedAt().filter(at -> at.isBefore(now.minus(java.time.Duration.ofDays(days)))).isPresent();
    }

    /** Closes a claim the unit left 退回补正 too long: 拒付 for 材料不全, recorded as the system's step. */
    public void closeUnanswered(Instant now, int days) {
        requireState("关闭", unansweredLongerThan(now, days));
        refusal = RefusalReason.MISSING_DOCUMENTS;
        refusalText = "退回补正后" + days + "天未补正";
        amount = Money.ZERO;
        move(ClaimState.REFUSED, now, "系统", Role.CLAIMS, "拒付", refusal.label() + "：" + refusalText, Money.ZERO, false);
    }

    // --- finance ----------------------------------------------------------------------------------------------------

    /** 已支付: the day the bank paid and its reference. */
    public void pay(String actor, Role role, Instant now, LocalDate on, String reference) {
        require(role, Role.FINANCE, "支付", state == ClaimState.AWAITING_PAYMENT);
        LocalDate today = LocalDate.ofInstant(now, BusinessDay.ZONE);
        if (on == null || on.isAfter(today) || on.isBefore(today.minusYears(1))) {
            throw DomainException.invalid("PAID_ON_INVALID", "支付日期应为近一年内、不晚于今天的日期");
        }
        bankReference = text(reference, "BANK_REFERENCE_REQUIRED", "请填写银行流水号（不超过50个字符）");
        if (bankReference.length() > 50) {
            throw DomainException.invalid("BANK_REFERENCE_REQUIRED", "请填写银行流水号（不超过50个字符）");
        }
        paidOn = on;
        move(ClaimState.PAID, now, actor, role, "支付", "支付日期" + on + "，流水号" + bankReference, amount, false);
    }

    // --- rules shared by the steps ----------------------------------------------------------------------------------

    private void require(Role role, Role needed, String action, boolean allowed) {
        if (role != needed) {
            throw DomainException.forbidden("ROLE_NOT_ALLOWED", action + "须由" + needed.label() + "办理");
        }
        requireState(action, allowed);
    }

    private void requireState(String action, boolean allowed) {
        if (!allowed) {
            throw DomainException.conflict("CLAIM_STATE", "申领当前状态为“" + state.label() + "”，不能" + action);
        }
    }

    private static String text(String typed, String code, String message) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty() || text.length() > TEXT_MAX) {
            throw DomainException.invalid(code, message.isEmpty() ? "说明不能超过" + TEXT_MAX + "个字" : message);
        }
        return text;
    }

    private void move(ClaimState to, Instant now, String actor, Role role, String action, String reason, Money money,
            boolean internal) {
        ClaimState from = state;
        state = to;
        record(now, actor, role, from, action, reason, money, internal);
    }

    private void record(Instant now, String actor, Role role, ClaimState from, String action, String reason, Money money,
            boolean internal) {
        steps.add(new ClaimStep(now, actor, role, from, state, action, reason, money, internal));
    }

    /** The history as the unit sees it: without the office's internal steps. */
    public List<ClaimStep> stepsForUnit() {
        return steps.stream().filter(step -> !step.internal()).toList();
    }

    public Handling handling() {
        return new Handling(state, firstSubmittedAt, acceptedAt, lateReason, missing, assessment, amount, amountReason,
                assessedBy, paidOn, bankReference, refusal, refusalText);
    }

    public String id() {
        return id;
    }

    public String claimNo() {
        return claimNo;
    }

    public Member member() {
        return member;
    }

    public ClaimKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public ClaimEvent event() {
        return event;
    }

    public BankAccount account() {
        return account;
    }

    public List<ClaimDocument> documents() {
        return documents;
    }

    public ClaimState state() {
        return state;
    }

    public Money amount() {
        return amount;
    }

    public List<ClaimStep> steps() {
        return List.copyOf(steps);
    }

    public Long version() {
        return version;
    }

    public void savedAs(long newVersion) {
        version = newVersion;
    }
}
