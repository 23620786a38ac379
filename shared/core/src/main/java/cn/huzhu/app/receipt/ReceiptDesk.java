package cn.huzhu.app.receipt;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.app.view.InvoiceView.ReceiptSummary;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.Receipt;

/** An enrollment's receipts as the unit and finance reach them: the list, the PDF download, and 重发 of a mail. */
public final class ReceiptDesk {
    private static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

    private final EnrollmentAccess access;
    private final ReceiptBook book;
    private final CorrectionStore corrections;
    private final ReceiptMail mail;
    private final FileStore files;

    public ReceiptDesk(EnrollmentStore enrollments, ReceiptBook book, CorrectionStore corrections, ReceiptMail mail,
            FileStore files) {
        this.access = new EnrollmentAccess(enrollments);
        this.book = book;
        this.corrections = corrections;
        this.mail = mail;
        this.files = files;
    }

    /** The receipts, each with what became of it (已冲红, 已换开, a 换开 asked or refused). */
    public List<ReceiptSummary> list(Caller caller, String enrollmentId) {
        EnrollmentReceipts all = EnrollmentReceipts.of(access.load(caller, enrollmentId), book, corrections);
        return all.receipts().stream().map(r -> ReceiptSummary.of(r, all.correctionOf(r))).toList();
    }

    public URI download(Caller caller, String enrollmentId, String number) {
        Receipt receipt = find(access.load(caller, enrollmentId), number);
        if (receipt.pdfKey() == null) {
            throw DomainException.conflict("RECEIPT_NOT_READY", "电子票据正在开具，请稍后再下载");
        }
        return files.presignDownload(Bucket.GENERATED, receipt.pdfKey(), receipt.fileName(), LINK_LIFETIME);
    }

    /** 重发: mails the receipt again to the 交款人邮箱 of its invoice; refused when it was delivered already. */
    public ReceiptSummary resend(Caller caller, String enrollmentId, String number) {
        Receipt receipt = find(access.load(caller, enrollmentId), number);
        if (receipt.delivery().status() == Receipt.Status.SENT) {
            throw DomainException.conflict("RECEIPT_ALREADY_SENT", "票据号码" + number + "的电子票据已发送成功，无需重发");
        }
        return ReceiptSummary.of(mail.deliver(receipt), null);
    }

    private Receipt find(Enrollment e, String number) {
        return EnrollmentReceipts.of(e, book, corrections).receipts().stream().filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow(() -> DomainException.notFound("RECEIPT_NOT_FOUND", "该参保单没有票据号码为" + number + "的电子票据"));
    }
}
