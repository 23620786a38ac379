package cn.huzhu.app.receipt;

import java.util.ArrayList;
import java.util.List;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.app.port.ReceiptRenderer;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptCorrection;

/**
 * The receipts' function's part of 红冲 and 换开: each red or replacement receipt of an enrollment still without its PDF
 * is drawn and stored, and each not yet mailed is mailed. Running it again draws and mails nothing twice.
 */
public final class CorrectionReceipts {
    private static final Log LOG = Log.of(CorrectionReceipts.class);

    private final CorrectionStore corrections;
    private final ReceiptBook book;
    private final ReceiptRenderer renderer;
    private final VerificationLink links;
    private final FileStore files;
    private final ReceiptMail mail;

    public CorrectionReceipts(CorrectionStore corrections, ReceiptBook book, ReceiptRenderer renderer,
            VerificationLink links, FileStore files, ReceiptMail mail) {
        this.corrections = corrections;
        this.book = book;
        this.renderer = renderer;
        this.links = links;
        this.files = files;
        this.mail = mail;
    }

    /** Returns the receipts finished by this run. */
    public List<Receipt> finish(String enrollmentId) {
        List<Receipt> finished = new ArrayList<>();
        for (ReceiptCorrection c : corrections.of(enrollmentId)) {
            finish(c.redCode(), c.redNumber(), finished);
            finish(c.replacementCode(), c.replacementNumber(), finished);
        }
        LOG.info("corrected receipts finished", "enrollmentId", enrollmentId, "receipts", finished.size());
        return finished;
    }

    private void finish(String code, String number, List<Receipt> finished) {
        if (number == null) {
            return;
        }
        Receipt receipt = book.find(code, number).orElseThrow(() -> new IllegalStateException("receipt " + code + "-"
                + number + " named by a correction is not stored"));
        if (receipt.pdfKey() == null) {
            String key = "receipts/" + receipt.enrollmentId() + "/" + code + "-" + number + ".pdf";
            files.put(Bucket.GENERATED, key, renderer.render(receipt.content(), links.of(receipt.content())),
                    "application/pdf");
            receipt = receipt.withPdf(key);
            book.save(receipt, 0);
        }
        if (receipt.delivery().status() == Receipt.Status.PENDING) {
            receipt = mail.deliver(receipt);
            finished.add(receipt);
        }
    }
}
