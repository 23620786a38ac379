package cn.huzhu.app.receipt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.InvoiceRef;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptCorrection;

/** Every receipt of an enrollment with what became of it: those of its invoices, then red and replacement ones. */
record EnrollmentReceipts(List<Receipt> receipts, Map<String, ReceiptCorrection> corrections) {

    static EnrollmentReceipts of(Enrollment e, ReceiptBook book, CorrectionStore store) {
        List<Receipt> all = new ArrayList<>(book.forInvoices(e.invoices().stream().map(InvoiceRef::id).toList()));
        Map<String, ReceiptCorrection> byReceipt = new HashMap<>();
        List<ReceiptBook.Number> issuedSince = new ArrayList<>();
        for (ReceiptCorrection c : store.of(e.id())) {
            byReceipt.put(c.code() + "-" + c.number(), c);
            if (c.redNumber() != null) {
                issuedSince.add(new ReceiptBook.Number(c.redCode(), c.redNumber()));
            }
            if (c.replacementNumber() != null) {
                issuedSince.add(new ReceiptBook.Number(c.replacementCode(), c.replacementNumber()));
            }
        }
        List<Receipt> corrected = new ArrayList<>(issuedSince.isEmpty() ? List.of() : book.findAll(issuedSince));
        corrected.sort(java.util.Comparator.comparing(Receipt::code).thenComparing(Receipt::number));
        all.addAll(corrected);
        return new EnrollmentReceipts(List.copyOf(all), Map.copyOf(byReceipt));
    }

    ReceiptCorrection correctionOf(Receipt receipt) {
        return corrections.get(receipt.code() + "-" + receipt.number());
    }
}
