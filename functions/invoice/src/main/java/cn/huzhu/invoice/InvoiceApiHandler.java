package cn.huzhu.invoice;

import static cn.huzhu.api.Route.of;
import static cn.huzhu.api.Route.publicRoute;

import java.util.List;
import java.util.Set;

import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpRequest;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.invoice.ClaimDeductions;
import cn.huzhu.app.payment.PaymentConfirmation;
import cn.huzhu.app.receipt.ReceiptCorrections;
import cn.huzhu.app.statement.Reconciliation;
import cn.huzhu.app.view.InvoicingDesk;
import cn.huzhu.app.view.SettlementView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.statement.MatchStatus;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.invoice.InvoiceForm;

/**
 * Money after approval. The unit: 线上开票录入 (list, 处理, invoices, 票据预览, 提交) and its receipts. Finance: 确认收款
 * and the receipts' mail, 到账核对 (statement uploads, matched transfers, their confirmation). The reviewer: 理赔金额. Anyone: 查验 of a receipt or a 确认书.
 */
public final class InvoiceApiHandler extends ApiFunction<InvoiceWiring> {
    private static final Role UNIT = Role.UNIT;
    private static final Role FINANCE = Role.FINANCE;
    private static final Set<Role> OFFICE = Set.of(Role.REVIEWER, Role.FINANCE);

    record Link(String url) {
    }

    /** The businesses finance picked for a 到账记录 (none: the match's own proposal). */
    record Choice(List<String> enrollmentIds) {
    }

    /** The 到账记录 of 批量确认. */
    record Selection(List<String> keys) {
    }

    record Note(String note) {
    }

    /** What finance sees of one business: the invoices and receipts, and the payment side. */
    record OfficeView(InvoicingDesk desk, SettlementView settlement) {
    }

    public InvoiceApiHandler() {
        this(Env.system());
    }

    public InvoiceApiHandler(Env env) {
        super(env, InvoiceWiring::new, InvoiceApiHandler::routes);
    }

    private static List<Route> routes(InvoiceWiring w) {
        return List.of(
                of("GET /api/invoicing", UNIT, (rq, c) -> HttpResponse.ok(w.invoices.list(c,
                        rq.query("businessType").orElse(null), rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)))),
                of("GET /api/invoicing/{id}", UNIT, (rq, c) -> HttpResponse.ok(w.invoices.desk(c, rq.path("id")))),
                of("POST /api/invoicing/{id}/invoices", UNIT, (rq, c) ->
                        HttpResponse.created(w.invoices.add(c, rq.path("id"), rq.body(InvoiceForm.class)))),
                of("PUT /api/invoicing/{id}/invoices/{invoiceId}", UNIT, (rq, c) -> HttpResponse.ok(
                        w.invoices.update(c, rq.path("id"), rq.path("invoiceId"), rq.body(InvoiceForm.class)))),
                of("DELETE /api/invoicing/{id}/invoices/{invoiceId}", UNIT, (rq, c) -> HttpResponse.ok(
                        w.invoices.delete(c, rq.path("id"), rq.path("invoiceId"), revision(rq)))),
                of("POST /api/invoicing/{id}/preview", UNIT, (rq, c) -> HttpResponse.ok(w.invoices.preview(c, rq.path("id"),
                        rq.query("invoiceId").orElse(null), rq.body(InvoiceForm.class)))),
                of("POST /api/invoicing/{id}/submit", UNIT, (rq, c) -> HttpResponse.ok(w.invoices.submit(c, rq.path("id")))),
                of("GET /api/invoicing/{id}/receipts", UNIT, (rq, c) -> HttpResponse.ok(w.receipts.list(c, rq.path("id")))),
                of("GET /api/invoicing/{id}/receipts/{number}", UNIT, (rq, c) -> HttpResponse.ok(
                        new Link(w.receipts.download(c, rq.path("id"), rq.path("number")).toString()))),
                of("POST /api/invoicing/{id}/receipts/{number}/resend", UNIT, (rq, c) ->
                        HttpResponse.ok(w.receipts.resend(c, rq.path("id"), rq.path("number")))),
                of("GET /api/office/payments", OFFICE, (rq, c) -> HttpResponse.ok(w.payments.queue(c, filter(rq)))),
                of("GET /api/office/payments/{id}", OFFICE, (rq, c) -> HttpResponse.ok(new OfficeView(
                        w.invoices.desk(c, rq.path("id")), w.payments.settlement(c, rq.path("id"))))),
                of("POST /api/office/payments/{id}/confirm", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.payments.confirm(c, rq.path("id"), rq.body(PaymentConfirmation.Form.class)))),
                of("POST /api/office/payments/{id}/rerun", FINANCE, (rq, c) ->
                        HttpResponse.ok(w.payments.runAgain(c, rq.path("id")))),
                of("GET /api/office/payments/{id}/receipts", OFFICE, (rq, c) -> HttpResponse.ok(w.receipts.list(c, rq.path("id")))),
                of("GET /api/office/payments/{id}/receipts/{number}", OFFICE, (rq, c) -> HttpResponse.ok(
                        new Link(w.receipts.download(c, rq.path("id"), rq.path("number")).toString()))),
                of("POST /api/office/payments/{id}/receipts/{number}/resend", FINANCE, (rq, c) ->
                        HttpResponse.ok(w.receipts.resend(c, rq.path("id"), rq.path("number")))),
                of("PUT /api/office/enrollments/{id}/plans/{planCode}/claim", Role.REVIEWER, (rq, c) -> HttpResponse.ok(
                        w.claims.set(c, rq.path("id"), rq.path("planCode"), rq.body(ClaimDeductions.Form.class)))),
                of("POST /api/invoicing/{id}/receipts/{number}/reissue", UNIT, (rq, c) -> HttpResponse.ok(w.corrections.request(c,
                        rq.path("id"), rq.path("number"), rq.body(ReceiptCorrections.Form.class)))),
                of("POST /api/office/payments/{id}/receipts/{number}/reverse", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.corrections.reverse(c, rq.path("id"), rq.path("number"), rq.body(ReceiptCorrections.Reason.class)))),
                of("POST /api/office/payments/{id}/receipts/{number}/replace", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.corrections.replace(c, rq.path("id"), rq.path("number"), rq.body(ReceiptCorrections.Form.class)))),
                of("POST /api/office/payments/{id}/receipts/{number}/approve", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.corrections.approve(c, rq.path("id"), rq.path("number")))),
                of("POST /api/office/payments/{id}/receipts/{number}/refuse", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.corrections.refuse(c, rq.path("id"), rq.path("number"), rq.body(ReceiptCorrections.Reason.class)))),
                of("GET /api/office/receipt-requests", FINANCE, (rq, c) -> HttpResponse.ok(w.corrections.requests(c))),
                of("POST /api/office/statements", FINANCE, (rq, c) -> HttpResponse.created(
                        w.reconciliation.requestUpload(c, rq.body(Reconciliation.UploadRequest.class)))),
                of("GET /api/office/statements", FINANCE, (rq, c) -> HttpResponse.ok(w.reconciliation.uploads(c))),
                of("GET /api/office/statement-mappings", FINANCE, (rq, c) -> HttpResponse.ok(w.reconciliation.mappings(c))),
                of("POST /api/office/statement-mappings", FINANCE, (rq, c) -> HttpResponse.created(
                        w.reconciliation.saveMapping(c, rq.body(Reconciliation.MappingForm.class)))),
                of("GET /api/office/statements/{id}", FINANCE, (rq, c) ->
                        HttpResponse.ok(w.reconciliation.upload(c, rq.path("id")))),
                of("GET /api/office/arrivals", FINANCE, (rq, c) -> HttpResponse.ok(arrivals(w, rq, c))),
                of("GET /api/office/arrivals/{key}", FINANCE, (rq, c) ->
                        HttpResponse.ok(w.reconciliation.get(c, rq.path("key")))),
                of("POST /api/office/arrivals/{key}/confirm", FINANCE, (rq, c) -> HttpResponse.ok(w.reconciliation.confirm(c,
                        rq.path("key"), rq.body(Choice.class).enrollmentIds()))),
                of("POST /api/office/arrivals/confirm", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.reconciliation.confirmAll(c, rq.body(Selection.class).keys()))),
                of("POST /api/office/arrivals/{key}/set-aside", FINANCE, (rq, c) -> HttpResponse.ok(
                        w.reconciliation.setAside(c, rq.path("key"), rq.body(Note.class).note()))),
                publicRoute("GET /api/public/receipts/verify", (rq, c) -> HttpResponse.ok(w.verify.verify(rq.sourceIp(),
                        rq.query("code").orElse(""), rq.query("number").orElse(""), rq.query("check").orElse("")))),
                publicRoute("GET /api/public/confirmations/verify", (rq, c) -> HttpResponse.ok(w.verify.confirmation(
                        rq.sourceIp(), rq.query("number").orElse(""), rq.query("check").orElse("")))));
    }

    private static Object arrivals(InvoiceWiring w, HttpRequest rq, Caller c) {
        DateRange booked = DateRange.parse(rq.query("from").orElse(null), rq.query("to").orElse(null), "到账日期");
        return w.reconciliation.list(c, status(rq.query("status").orElse("AUTO")), booked,
                amount(rq, "min", "金额下限"), amount(rq, "max", "金额上限"), rq.query("cursor").orElse(null),
                rq.queryInt("limit", 20, 1, 100));
    }

    private static MatchStatus status(String text) {
        try {
            return MatchStatus.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("ARRIVAL_STATUS", "到账记录状态应为" + java.util.Arrays.toString(MatchStatus.values()));
        }
    }

    private static Money amount(HttpRequest rq, String name, String label) {
        return rq.query(name).map(text -> Money.typed(text, "QUERY_AMOUNT", name, label)).orElse(null);
    }

    private static Integer revision(HttpRequest rq) {
        return rq.query("revision").map(text -> rq.queryInt("revision", 0, 0, Integer.MAX_VALUE)).orElse(null);
    }

    private static PaymentConfirmation.Filter filter(HttpRequest rq) {
        return new PaymentConfirmation.Filter("CONFIRMED".equals(rq.query("state").orElse("")),
                rq.query("unitId").orElse(null), rq.query("applicationNo").orElse(null), rq.query("reference").orElse(null),
                DateRange.parse(rq.query("from").orElse(null), rq.query("to").orElse(null), "提交日期"),
                rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100));
    }
}
