package cn.huzhu.app.receipt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.InvoiceStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.app.port.ReceiptRenderer;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceRef;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.settings.Settings;

/**
 * Issues the electronic receipts of a confirmed enrollment, one per submitted invoice: numbered under the 票据代码 of
 * the confirmation's year, given their 校验码, printed to PDF with the QR code of their 查验 address and stored. A
 * receipt already issued is kept as it is, so running this again never numbers or changes a receipt twice.
 */
public final class ReceiptIssuer {
    private static final Log LOG = Log.of(ReceiptIssuer.class);

    private final ReceiptBook book;
    private final InvoiceStore invoices;
    private final ReceiptRenderer renderer;
    private final CheckCodes checkCodes;
    private final VerificationLink links;
    private final FileStore files;
    private final SettingsStore settings;
    private final Clock clock;

    public ReceiptIssuer(ReceiptBook book, InvoiceStore invoices, ReceiptRenderer renderer, CheckCodes checkCodes, VerificationLink links,
            FileStore files, SettingsStore settings, Clock clock) {
        this.book = book;
        this.invoices = invoices;
        this.renderer = renderer;
        this.checkCodes = checkCodes;
        this.links = links;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The receipts of every invoice, issuing those still missing, in the order of the invoices. {@code epoch} is the
     * lease of the run: once a newer run took over, this one can neither number nor store a receipt.
     */
    public List<Receipt> issueAll(Enrollment e, long epoch) {
        Map<String, Receipt> issued = book.forInvoices(e.invoices().stream().map(InvoiceRef::id).toList()).stream()
                .collect(Collectors.toMap(Receipt::invoiceId, Function.identity()));
        List<Receipt> receipts = new ArrayList<>();
        for (Invoice invoice : invoices.of(e)) {
            Receipt receipt = issued.get(invoice.id());
            receipts.add(receipt != null ? receipt : issue(e, invoice, epoch));
        }
        return receipts;
    }

    private Receipt issue(Enrollment e, Invoice invoice, long epoch) {
        Settings.Receipts rules = settings.get(e.orgCode()).receipts();
        LocalDate issuedOn = e.settlement().confirmation().confirmedOn();
        String code = rules.code(issuedOn.getYear());
        String number = book.numberFor(code, invoice.id(), epoch);
        ReceiptContent unchecked = ReceiptContent.of(invoice, e.plans(), new ReceiptContent.Issue(code, number, "",
                issuedOn, settings.get(e.orgCode()).payee().accountName(), rules.drawer(), rules.reviewer()));
        ReceiptContent content = checkCodes.checked(unchecked);
        String key = "receipts/" + e.id() + "/" + code + "-" + number + ".pdf";
        files.put(Bucket.GENERATED, key, renderer.render(content, links.of(content)), "application/pdf");
        Receipt receipt = new Receipt(code, number, e.id(), invoice.id(), content, key,
                Receipt.Delivery.pending(invoice.payerEmail(), clock.instant()), clock.instant());
        book.save(receipt, epoch);
        LOG.info("receipt issued", "enrollmentId", e.id(), "code", code, "number", number);
        return receipt;
    }
}
