package cn.huzhu.app.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.InvoiceStore;
import cn.huzhu.app.port.SerialNumbers;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.view.PaymentRow;
import cn.huzhu.app.view.SettlementView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Fulfilment;
import cn.huzhu.domain.enrollment.PaymentReference;
import cn.huzhu.domain.enrollment.StateChange;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.settings.Settings;

/**
 * 确认收款 (finance): the queue of 待缴费 enrollments, and the confirmation of one payment. The amount must be exactly
 * 单位应付金额; confirming issues the 确认书 record and starts the receipts and coverage in the fulfilment function. A
 * second confirmation changes nothing.
 */
public final class PaymentConfirmation {
    private static final Log LOG = Log.of(PaymentConfirmation.class);

    private final EnrollmentStore enrollments;
    private final InvoiceStore invoices;
    private final EnrollmentAccess access;
    private final EnrollmentEditor editor;
    private final ConfirmationNumbering numbering;
    private final UnitNotifier notifier;
    private final SettingsStore settings;
    private final FulfilmentJobs jobs;
    private final Ids ids;
    private final Clock clock;

    /**
     * {@code confirmed}: the 已确认 tab (newest first) instead of the 待确认 queue (oldest first); {@code reference}
     * a 缴款识别码 as a transfer's remark gives it (any case, spaces or full-width characters inside).
     */
    public record Filter(boolean confirmed, String unitId, String applicationNo, String reference, DateRange submitted,
            String cursor, int limit) {
    }

    /** The queue with the payment-window rule finance works by, and which month a payment arriving today counts in. */
    public record Queue(Page<PaymentRow> page, String windowRule, String today) {
    }

    /** What finance types: 到账金额, 到账日期 and the bank's reference. */
    public record Form(String amount, LocalDate receivedOn, String bankReference) {
    }

    public record Confirmed(SettlementView settlement, String confirmationNo) {
    }

    public PaymentConfirmation(EnrollmentStore enrollments, InvoiceStore invoices, SerialNumbers serials,
            SettingsStore settings, CheckCodes checkCodes, UnitNotifier notifier, FulfilmentJobs jobs, Ids ids,
            Clock clock) {
        this.enrollments = enrollments;
        this.invoices = invoices;
        this.access = new EnrollmentAccess(enrollments);
        this.editor = new EnrollmentEditor(enrollments);
        this.numbering = new ConfirmationNumbering(serials, settings, editor, checkCodes);
        this.notifier = notifier;
        this.settings = settings;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
    }

    public Queue queue(Caller caller, Filter filter) {
        EnrollmentState state = filter.confirmed() ? EnrollmentState.CONFIRMED : EnrollmentState.AWAITING_PAYMENT;
        Page<Enrollment> found;
        Optional<Enrollment> named = named(filter);
        if (named != null) {
            List<Enrollment> one = named.filter(e -> caller.maySee(e.unitId(), e.orgCode()) && e.state() == state)
                    .filter(e -> filter.unitId() == null || filter.unitId().isBlank() || filter.unitId().equals(e.unitId()))
                    .stream().toList();
            found = new Page<>(one, null, one.size());
        } else {
            found = enrollments.inStates(new EnrollmentStore.QueueQuery(caller.orgCode(), Set.of(state),
                    filter.confirmed(), filter.unitId(), filter.submitted().start().orElse(null), filter.submitted().end().orElse(null),
                    filter.cursor(), filter.limit()));
        }
        Map<String, List<Invoice>> stored = invoices.ofAll(found.items());
        Page<PaymentRow> page = found.map(e -> PaymentRow.of(e, stored.get(e.id())));
        Settings.PaymentWindow window = settings.get(caller.orgCode()).paymentWindow();
        LocalDate today = BusinessDay.today(clock);
        String note = "今天（" + today + "）到账的款项在" + window.confirmedIn(today).getMonthValue() + "月确认";
        return new Queue(page, window.rule(), note);
    }

    /** The business a filter names by 申请书号 or 缴款识别码, or null when it names none. */
    private Optional<Enrollment> named(Filter filter) {
        if (filter.applicationNo() != null && !filter.applicationNo().isBlank()) {
            return enrollments.findByApplicationNo(filter.applicationNo().trim());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            String reference = PaymentReference.normalize(filter.reference());
            return PaymentReference.valid(reference) ? enrollments.findByPaymentReference(reference) : Optional.empty();
        }
        return null;
    }

    public SettlementView settlement(Caller caller, String enrollmentId) {
        return SettlementView.of(access.load(caller, enrollmentId));
    }

    /**
     * 确认收款. Refused, with the difference, when the amount is not 单位应付金额; refused when already confirmed (the
     * first confirmation stands). The 确认书号 is G + org + yyyyMM + a sequence of the month.
     */
    public Confirmed confirm(Caller caller, String enrollmentId, Form form) {
        Enrollment current = access.load(caller, enrollmentId);
        if (current.state() == EnrollmentState.CONFIRMED) {
            throw DomainException.conflict("PAYMENT_ALREADY_CONFIRMED", "该参保单已于" + current.settlement().confirmation()
                    .confirmedOn() + "确认收款，确认书号" + current.settlement().confirmation().number() + "，无需再次确认");
        }
        Money amount = Money.typed(form.amount(), "PAYMENT_INVALID", "amount", "到账金额");
        current.checkPayment(amount, form.receivedOn(), form.bankReference(), caller.role(), clock.instant());
        EnrollmentEditor.Applied<StateChange> applied = editor.apply(caller, enrollmentId, e -> e.confirmPayment(amount,
                form.receivedOn(), form.bankReference(), caller.username(), caller.role(), clock.instant()));
        Enrollment numbered = numbering.ensure(applied.enrollment());
        String number = numbered.settlement().confirmation().number();
        StateChange change = applied.answer();
        enrollments.appendHistory(enrollmentId, new StateChange(change.at(), change.actor(), change.actorRole(),
                change.from(), change.to(), change.action(), change.reason() + "，确认书号" + number));
        jobs.start(new FulfilmentJobs.Job(enrollmentId, ids.next()));
        notifier.paymentConfirmed(numbered);
        LOG.info("payment confirmed", "enrollmentId", enrollmentId, "confirmationNo", number, "by", caller.username());
        return new Confirmed(SettlementView.of(numbered), number);
    }

    /** 重新处理: starts the work after confirmation again when its last run failed or died. */
    public SettlementView runAgain(Caller caller, String enrollmentId) {
        Enrollment enrollment = editor.edit(caller, enrollmentId, e -> {
            Fulfilment progress = e.settlement().fulfilment();
            if (e.state() != EnrollmentState.CONFIRMED || progress == null || !progress.mayRunAgain(clock.instant())) {
                throw DomainException.conflict("FULFILMENT_NOT_RESTARTABLE", progress == null ? "该参保单尚未确认收款"
                        : "电子票据与保障期登记" + progress.status().label() + "，无需重新处理");
            }
            e.recordFulfilment(Fulfilment.pending(clock.instant()));
        });
        jobs.start(new FulfilmentJobs.Job(enrollmentId, ids.next()));
        return SettlementView.of(enrollment);
    }

}
