package cn.huzhu.app.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.Mailer;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;

/**
 * Mails a receipt's PDF to the 交款人邮箱 and records how it went on the receipt. A failure is recorded, never thrown:
 * the receipt and the confirmation stand, and the mail can be sent again.
 */
public final class ReceiptMail {
    private static final Log LOG = Log.of(ReceiptMail.class);

    private final Mailer mailer;
    private final ReceiptBook book;
    private final FileStore files;
    private final VerificationLink links;
    private final Clock clock;

    public ReceiptMail(Mailer mailer, ReceiptBook book, FileStore files, VerificationLink links, Clock clock) {
        this.mailer = mailer;
        this.book = book;
        this.files = files;
        this.links = links;
        this.clock = clock;
    }

    public Receipt deliver(Receipt receipt) {
        ReceiptContent c = receipt.content();
        Receipt.Delivery outcome;
        try {
            String id = mailer.send(new Mailer.Mail(receipt.delivery().to(), subject(c), body(c),
                    List.of(new Mailer.Attachment(receipt.fileName(), "application/pdf", pdf(receipt)))));
            outcome = receipt.delivery().sent(id, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("receipt mail not delivered", Log.ALERT, Log.MAIL_UNDELIVERED, "enrollmentId", receipt.enrollmentId(), "code", c.code(),
                    "number", c.number(), "error", e.getMessage());
            outcome = receipt.delivery().failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    clock.instant());
        }
        Receipt delivered = receipt.withDelivery(outcome);
        book.recordDelivery(delivered);
        return delivered;
    }

    private byte[] pdf(Receipt receipt) {
        try (InputStream in = files.open(Bucket.GENERATED, receipt.pdfKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String subject(ReceiptContent c) {
        return "【电子票据】" + c.payee() + "会费票据 票据代码" + c.code() + " 票据号码" + c.number();
    }

    private String body(ReceiptContent c) {
        return c.payer() + "：\n\n"
                + "您缴纳的会费" + c.total().format() + "元（" + c.totalInWords() + "）已到账，电子票据见附件（PDF）。\n"
                + "票据代码：" + c.code() + "\n票据号码：" + c.number() + "\n校验码：" + c.checkCode() + "\n开票日期：" + c.issuedOn()
                + "\n\n票据真伪可扫描票据上的二维码，或在以下页面输入票据代码、票据号码和校验码查验：\n" + links.page() + "\n\n"
                + c.payee() + "\n（本邮件由系统自动发送，请勿回复）";
    }
}
