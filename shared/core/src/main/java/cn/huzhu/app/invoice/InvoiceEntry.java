package cn.huzhu.app.invoice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.InvoiceStore;
import cn.huzhu.app.port.MailLog;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.app.review.UnitNotifier;
import cn.huzhu.app.view.InvoiceView;
import cn.huzhu.app.view.InvoicingDesk;
import cn.huzhu.app.view.InvoicingRow;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceBook;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.domain.invoice.InvoiceRef;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.domain.unit.Unit;

/**
 * 线上开票录入: the unit's approved businesses, the invoices of one (新增, 修改, 删除 until submitted, each checked
 * against the plans' remainders), the live 票据预览, and 提交, which moves the enrollment to 待缴费 and mails the unit.
 */
public final class InvoiceEntry {
    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;
    private final EnrollmentEditor editor;
    private final EnrollmentLifecycle lifecycle;
    private final SequenceStore sequences;
    private final SettingsStore settings;
    private final ReceiptBook receipts;
    private final InvoiceStore invoices;
    private final UnitStore units;
    private final UnitNotifier notifier;
    private final Ids ids;
    private final Clock clock;

    /** The preview of an invoice as typed, and what stops it from being saved as it stands. */
    public record Preview(ReceiptContent receipt, List<Problem> problems) {
    }

    public record Submitted(InvoicingDesk desk, MailLog.Entry mail) {
    }

    public InvoiceEntry(EnrollmentStore enrollments, EnrollmentLifecycle lifecycle, SequenceStore sequences,
            SettingsStore settings, ReceiptBook receipts, InvoiceStore invoices, UnitStore units, UnitNotifier notifier, Ids ids, Clock clock) {
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
        this.editor = new EnrollmentEditor(enrollments);
        this.lifecycle = lifecycle;
        this.sequences = sequences;
        this.settings = settings;
        this.receipts = receipts;
        this.invoices = invoices;
        this.units = units;
        this.notifier = notifier;
        this.ids = ids;
        this.clock = clock;
    }

    /** The list: approved businesses and later, newest first, optionally of one 业务类型. */
    public Page<InvoicingRow> list(Caller caller, String businessType, String cursor, int limit) {
        BusinessType type = BusinessType.filter(businessType);
        return enrollments.forUnit(new EnrollmentStore.UnitQuery(caller.unitId(), EnrollmentState.APPROVED_OR_LATER, type, null, null,
                null, null, null, null, cursor, limit)).map(InvoicingRow::of);
    }

    /** 处理: everything the page shows of one business. */
    public InvoicingDesk desk(Caller caller, String enrollmentId) {
        return desk(load(caller, enrollmentId));
    }

    /**
     * 新增开票信息: checked whole against the business as it stands (a refusal spends no 批次号), then numbered, its
     * content stored, and taken by the enrollment; the answer is the invoice as stored.
     */
    public InvoiceView add(Caller caller, String enrollmentId, InvoiceForm form) {
        Enrollment current = load(caller, enrollmentId);
        current.requireInvoicingOpen();
        Settings office = settings.get(current.orgCode());
        int limit = office.limits().invoicesPerBusiness();
        Invoice typed = form.toInvoice(ids.next(), "", clock.instant(), caller.username());
        current.addInvoice(typed, "", limit);
        Invoice numbered = typed.numbered(office.numbering().invoiceBatchPrefix()
                + sequences.next("invoice-batch-" + current.orgCode()));
        String contentKey = ids.token();
        invoices.save(enrollmentId, numbered, contentKey);
        Enrollment saved = editor.edit(caller, enrollmentId, e -> e.addInvoice(numbered, contentKey, limit));
        return view(saved, numbered);
    }

    /** 修改: the form carries the revision it was opened at; a newer one saved meanwhile is not overwritten. */
    public InvoiceView update(Caller caller, String enrollmentId, String invoiceId, InvoiceForm form) {
        Enrollment current = load(caller, enrollmentId);
        current.requireInvoicingOpen();
        int seen = requireRevision(form.revision());
        InvoiceRef ref = current.requireInvoice(invoiceId);
        Invoice typed = form.toInvoice(invoiceId, "", clock.instant(), caller.username());
        Invoice revised = ref.revision() == seen ? invoices.find(enrollmentId, ref).revisedAs(typed) : typed;
        current.replaceInvoice(invoiceId, seen, revised, "");
        String contentKey = ids.token();
        invoices.save(enrollmentId, revised, contentKey);
        Enrollment saved = editor.edit(caller, enrollmentId, e -> e.replaceInvoice(invoiceId, seen, revised, contentKey));
        return view(saved, revised);
    }

    public InvoicingDesk delete(Caller caller, String enrollmentId, String invoiceId, Integer revision) {
        load(caller, enrollmentId);
        int seen = requireRevision(revision);
        return desk(editor.edit(caller, enrollmentId, e -> e.removeInvoice(invoiceId, seen)));
    }

    /**
     * 票据预览: the receipt these fields would make, drawn from the same {@link ReceiptContent} the PDF prints, with the
     * problems that would stop saving it now (empty when it can be saved).
     */
    public Preview preview(Caller caller, String enrollmentId, String invoiceId, InvoiceForm form) {
        Enrollment e = load(caller, enrollmentId);
        String batchNo = invoiceId == null || invoiceId.isBlank() ? "" : e.requireInvoice(invoiceId).batchNo();
        Invoice sketch = form.sketch(batchNo, planCodes(e));
        Settings office = settings.get(e.orgCode());
        ReceiptContent receipt = ReceiptContent.of(sketch, e.plans(), ReceiptContent.Issue.preview(BusinessDay.today(clock),
                office.payee().accountName(), office.receipts().drawer(), office.receipts().reviewer()));
        return new Preview(receipt, problems(e, invoiceId, form));
    }

    /** 提交: every plan's remainder must be 0; the invoices are then locked and the unit is told what comes next. */
    public Submitted submit(Caller caller, String enrollmentId) {
        load(caller, enrollmentId);
        EnrollmentLifecycle.Moved moved = lifecycle.submitInvoices(caller, enrollmentId);
        MailLog.Entry mail = notifier.invoicesSubmitted(moved.enrollment());
        return new Submitted(desk(moved.enrollment()), mail);
    }

    private List<Problem> problems(Enrollment e, String invoiceId, InvoiceForm form) {
        try {
            Invoice typed = form.toInvoice(invoiceId == null || invoiceId.isBlank() ? "preview" : invoiceId, "",
                    clock.instant(), "");
            InvoiceBook.check(typed, e.plans(), e.invoices());
            return List.of();
        } catch (DomainException refused) {
            return refused.details().isEmpty() ? List.of(new Problem("", refused.getMessage())) : refused.details();
        }
    }

    private static int requireRevision(Integer revision) {
        if (revision == null) {
            throw DomainException.invalid("REVISION_REQUIRED", "请刷新页面后再修改开票信息");
        }
        return revision;
    }

    private static InvoiceView view(Enrollment e, Invoice invoice) {
        return InvoiceView.of(invoice, e.plans(), Optional.empty());
    }

    private InvoicingDesk desk(Enrollment e) {
        List<String> invoiceIds = e.invoices().stream().map(InvoiceRef::id).toList();
        Map<String, Receipt> byInvoice = receipts.forInvoices(invoiceIds).stream()
                .collect(Collectors.toMap(Receipt::invoiceId, Function.identity()));
        List<Problem> problems = e.state() == EnrollmentState.APPROVED ? InvoiceBook.unsettled(e.plans(), e.invoices())
                : List.of();
        String creditCode = units.find(e.unitId()).map(Unit::creditCode).orElse("");
        return InvoicingDesk.of(e, invoices.of(e), byInvoice, problems, settings.get(e.orgCode()).payee().accountName(), creditCode);
    }

    /** Loads a business of the caller's unit that has reached 线上开票录入. */
    private Enrollment load(Caller caller, String enrollmentId) {
        Enrollment e = access.load(caller, enrollmentId);
        if (!EnrollmentState.APPROVED_OR_LATER.contains(e.state())) {
            throw DomainException.conflict("NOT_APPROVED", "参保单当前状态为“" + e.state().label() + "”，审核通过后才能录入开票信息");
        }
        return e;
    }

    static Set<String> planCodes(Enrollment e) {
        return e.plans().stream().map(EnrollmentPlan::code).collect(Collectors.toSet());
    }

}
