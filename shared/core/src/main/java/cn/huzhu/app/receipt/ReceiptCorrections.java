package cn.huzhu.app.receipt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.invoice.ReceiptCorrection;
import cn.huzhu.domain.invoice.ReceiptPayer;
import cn.huzhu.domain.settings.Settings;

/**
 * 红冲 and 换开. Finance reverses a receipt with a reason, or replaces it with a corrected payer; the unit asks for a 换开
 * and finance grants or refuses it. Numbers come from the receipts' own gap-free sequence, taken once per original
 * whatever is clicked twice; the PDFs and mails follow in the receipts' function.
 */
public final class ReceiptCorrections {
    private static final Log LOG = Log.of(ReceiptCorrections.class);

    private final EnrollmentAccess access;
    private final ReceiptBook book;
    private final CorrectionStore corrections;
    private final SettingsStore settings;
    private final CheckCodes checkCodes;
    private final CorrectionJobs jobs;
    private final Ids ids;
    private final Clock clock;

    /** A corrected payer as typed, with the reason for the change. */
    public record Form(String title, String taxIdType, String taxId, String payerEmail, String otherInfo, String reason) {
        ReceiptPayer payer() {
            Checks checks = new Checks();
            ReceiptPayer payer = ReceiptPayer.read(title, taxIdType, taxId, payerEmail, otherInfo, checks);
            checks.throwIfAny("RECEIPT_PAYER_INVALID");
            return payer;
        }
    }

    public record Reason(String reason) {
    }

    public ReceiptCorrections(EnrollmentStore enrollments, ReceiptBook book, CorrectionStore corrections,
            SettingsStore settings, CheckCodes checkCodes, CorrectionJobs jobs, Ids ids, Clock clock) {
        this.access = new EnrollmentAccess(enrollments);
        this.book = book;
        this.corrections = corrections;
        this.settings = settings;
        this.checkCodes = checkCodes;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
    }

    /** 红冲 (finance). Again on a reversed receipt: nothing new, the same red receipt. */
    public ReceiptCorrection reverse(Caller caller, String enrollmentId, String number, Reason reason) {
        caller.requireRole(Role.FINANCE);
        Enrollment e = access.load(caller, enrollmentId);
        Receipt original = correctable(e, number);
        ReceiptCorrection current = current(e, original);
        if (current.status() == ReceiptCorrection.Status.REVERSED || current.status() == ReceiptCorrection.Status.REPLACED) {
            return current;
        }
        try {
            ReceiptCorrection reversed = reverse(e, original, current, reason == null ? null : reason.reason(), caller);
            jobs.start(e.id(), ids.next());
            return reversed;
        } catch (DomainException raced) {
            // a second click while the first was reversing: the first one's red receipt stands, once
            return corrections.find(e.id(), original.code(), original.number()).filter(c -> !c.inForce())
                    .orElseThrow(() -> raced);
        }
    }

    /** 换开 (finance): reversed if not yet, then replaced with the corrected payer. */
    public ReceiptCorrection replace(Caller caller, String enrollmentId, String number, Form form) {
        caller.requireRole(Role.FINANCE);
        Enrollment e = access.load(caller, enrollmentId);
        Receipt original = correctable(e, number);
        ReceiptPayer payer = form.payer();
        ReceiptCorrection current = current(e, original);
        return current.status() == ReceiptCorrection.Status.REPLACED ? current
                : reissue(e, original, current, payer, form.reason(), caller);
    }

    /** The unit asks for a 换开 of one of its receipts. */
    public ReceiptCorrection request(Caller caller, String enrollmentId, String number, Form form) {
        caller.requireRole(Role.UNIT);
        Enrollment e = access.load(caller, enrollmentId);
        Receipt original = correctable(e, number);
        ReceiptPayer payer = form.payer();
        Optional<ReceiptCorrection> stored = corrections.find(e.id(), original.code(), original.number());
        ReceiptCorrection asked = ReceiptCorrection.request(stored.orElse(null), e.id(), e.orgCode(), original.code(),
                original.number(), payer, form.reason(), caller.username(), clock.instant());
        return corrections.save(asked).orElseThrow(() ->
                DomainException.conflict("RECEIPT_CORRECTION_CHANGED", "该票据的换开申请刚有变化，请刷新后查看"));
    }

    /** Finance grants a unit's request: the 换开 with the payer the unit asked for. */
    public ReceiptCorrection approve(Caller caller, String enrollmentId, String number) {
        caller.requireRole(Role.FINANCE);
        Enrollment e = access.load(caller, enrollmentId);
        Receipt original = correctable(e, number);
        ReceiptCorrection current = current(e, original);
        if (current.status() != ReceiptCorrection.Status.REQUESTED) {
            throw DomainException.conflict("RECEIPT_NO_REQUEST", "该票据没有待审核的换开申请");
        }
        return reissue(e, original, current, current.corrected(), current.reason(), caller);
    }

    /** 换开: the red receipt unless there is one already, then the replacement; their PDFs and mails follow. */
    private ReceiptCorrection reissue(Enrollment e, Receipt original, ReceiptCorrection current, ReceiptPayer payer,
            String reason, Caller caller) {
        ReceiptCorrection reversed = current.status() == ReceiptCorrection.Status.REVERSED ? current
                : reverse(e, original, current, reason, caller);
        ReceiptCorrection replaced = replaceReversed(e, original, reversed, payer, caller);
        jobs.start(e.id(), ids.next());
        return replaced;
    }

    public ReceiptCorrection refuse(Caller caller, String enrollmentId, String number, Reason reason) {
        caller.requireRole(Role.FINANCE);
        Enrollment e = access.load(caller, enrollmentId);
        Receipt original = correctable(e, number);
        ReceiptCorrection refused = current(e, original).refused(reason == null ? null : reason.reason(),
                caller.username(), clock.instant());
        return store(refused);
    }

    /** 换开 requests waiting for finance. */
    public List<ReceiptCorrection> requests(Caller caller) {
        caller.requireRole(Role.FINANCE);
        return corrections.requests(caller.orgCode(), 100);
    }

    public List<ReceiptCorrection> of(Caller caller, String enrollmentId) {
        return corrections.of(access.load(caller, enrollmentId).id());
    }

    private ReceiptCorrection reverse(Enrollment e, Receipt original, ReceiptCorrection current, String reason,
            Caller caller) {
        // refused (no reason, not in force) before a number is taken for it
        ReceiptCorrection check = current.reversed("", "", reason, caller.username(), clock.instant());
        Receipt red = issue(e, original, "RED:", original.content().reversal(issue(e, original, "RED:")),
                original.delivery().to());
        ReceiptCorrection reversed = current.reversed(red.code(), red.number(), check.reason(), caller.username(),
                clock.instant());
        ReceiptCorrection stored = store(reversed);
        LOG.info("receipt reversed", "enrollmentId", e.id(), "code", original.code(), "number", original.number(),
                "redNumber", red.number(), "by", caller.username());
        return stored;
    }

    private ReceiptCorrection replaceReversed(Enrollment e, Receipt original, ReceiptCorrection reversed,
            ReceiptPayer payer, Caller caller) {
        Receipt replacement = issue(e, original, "REISSUE:",
                original.content().replacement(issue(e, original, "REISSUE:"), payer), payer.email());
        ReceiptCorrection stored = store(reversed.replaced(payer, replacement.code(), replacement.number(), caller.username(),
                clock.instant()));
        LOG.info("receipt replaced", "enrollmentId", e.id(), "code", original.code(), "number", original.number(),
                "replacementNumber", replacement.number(), "by", caller.username());
        return stored;
    }

    /** The numbers a red or replacement receipt of this original takes: once, whoever asks again. */
    private ReceiptContent.Issue issue(Enrollment e, Receipt original, String purpose) {
        Settings s = settings.get(e.orgCode());
        LocalDate today = BusinessDay.today(clock);
        String code = s.receipts().code(today.getYear());
        String number = book.numberFor(code, owner(purpose, original), 0);
        return new ReceiptContent.Issue(code, number, "", today, s.payee().accountName(), s.receipts().drawer(),
                s.receipts().reviewer());
    }

    /** Stores the receipt unless it is stored already (a second click finds the first one's). */
    private Receipt issue(Enrollment e, Receipt original, String purpose, ReceiptContent content, String mailTo) {
        Optional<Receipt> stored = book.find(content.code(), content.number());
        if (stored.isPresent()) {
            return stored.get();
        }
        Receipt receipt = new Receipt(content.code(), content.number(), e.id(), owner(purpose, original),
                checkCodes.checked(content), null, Receipt.Delivery.pending(mailTo, clock.instant()), clock.instant());
        book.save(receipt, 0);
        return receipt;
    }

    private static String owner(String purpose, Receipt original) {
        return purpose + original.code() + "-" + original.number();
    }

    private Receipt correctable(Enrollment e, String number) {
        Receipt receipt = EnrollmentReceipts.of(e, book, corrections).receipts().stream()
                .filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow(() -> DomainException.notFound("RECEIPT_NOT_FOUND", "该参保单没有票据号码为" + number + "的电子票据"));
        if (receipt.content().red()) {
            throw DomainException.conflict("RECEIPT_IS_RED", "红字票据不能冲红或换开");
        }
        return receipt;
    }

    private ReceiptCorrection current(Enrollment e, Receipt original) {
        return corrections.find(e.id(), original.code(), original.number())
                .orElse(ReceiptCorrection.none(e.id(), e.orgCode(), original.code(), original.number()));
    }

    private ReceiptCorrection store(ReceiptCorrection correction) {
        return corrections.save(correction).orElseThrow(() ->
                DomainException.conflict("RECEIPT_CORRECTION_CHANGED", "该票据刚被他人处理，请刷新后查看"));
    }
}
