package cn.huzhu.claims;

import static cn.huzhu.api.Route.of;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.adapter.excel.ClaimPayoutsWorkbook;
import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.claim.ClaimFiling;
import cn.huzhu.app.claim.ClaimHandling;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.claim.ClaimKind;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.claim.RefusalReason;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

/**
 * 申领处理: the unit files and follows its claims; the 理赔员 accepts, sends back, assesses, double-checks and refuses;
 * finance pays. Diagnoses and accounts leave this function only to the member's unit and those two office roles.
 */
public final class ClaimsApiHandler extends ApiFunction<ClaimsWiring> {
    private static final Set<Role> UNIT = Set.of(Role.UNIT);
    private static final Set<Role> HANDLERS = Set.of(Role.CLAIMS);
    private static final Set<Role> OFFICE = Set.of(Role.CLAIMS, Role.FINANCE);
    private static final Set<Role> FINANCE = Set.of(Role.FINANCE);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A short-lived link. */
    record Link(String url) {
    }

    /** 受理 (a late one with its reason). */
    record Acceptance(String lateReason) {
    }

    /** 退回补正: what is missing. */
    record SendBack(String missing) {
    }

    /** 审核: the amount set (empty: the computed one) and why it differs. */
    record Decision(String amount, String reason) {
    }

    /** 复核: agreed or sent back to 审核 with a reason. */
    record Review(Boolean agreed, String reason) {
    }

    /** 拒付: a reason of the list, with text for 其他. */
    record Refusal(String reason, String text) {
    }

    /** 支付 of several claims by one bank batch. */
    record BatchPayout(List<String> claimIds, LocalDate paidOn, String bankReference) {
    }

    /** 支付: the day the bank paid and its reference. */
    record Payout(LocalDate paidOn, String bankReference) {
    }

    /** A kind of claim as the pages offer it: the activity type whose cover holds it, the documents it needs. */
    record KindView(String value, String label, String activityType, List<String> documents) {
        static List<KindView> all(Map<ClaimKind, List<String>> documents) {
            return Arrays.stream(ClaimKind.values()).map(k -> new KindView(k.name(), k.label(), k.activityType().name(),
                    documents.getOrDefault(k, List.of()))).toList();
        }
    }

    public ClaimsApiHandler() {
        this(Env.system());
    }

    public ClaimsApiHandler(Env env) {
        super(env, ClaimsWiring::new, ClaimsApiHandler::routes);
    }

    private static List<Route> routes(ClaimsWiring w) {
        return List.of(
                of("GET /api/claims", UNIT, (rq, c) -> HttpResponse.ok(w.filing.mine(c,
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)).map(w::unitView))),
                of("POST /api/claims", UNIT, (rq, c) -> HttpResponse.created(w.unitView(
                        w.filing.file(c, rq.body(ClaimFiling.Request.class))))),
                of("GET /api/claims/{claimId}", UNIT, (rq, c) ->
                        HttpResponse.ok(w.unitView(w.filing.load(c, rq.path("claimId"))))),
                of("GET /api/claims/{claimId}/documents/{attachmentId}", UNIT, (rq, c) -> HttpResponse.ok(new Link(
                        w.documents.link(w.filing.load(c, rq.path("claimId")), rq.path("attachmentId")).toString()))),
                of("PUT /api/claims/{claimId}", UNIT, (rq, c) -> HttpResponse.ok(w.unitView(
                        w.filing.edit(c, rq.path("claimId"), rq.body(ClaimFiling.Request.class))))),
                of("POST /api/claims/{claimId}/submit", UNIT, (rq, c) ->
                        HttpResponse.ok(w.unitView(w.filing.submit(c, rq.path("claimId"))))),
                of("GET /api/claim-benefits/{planCode}", Set.of(Role.UNIT, Role.CLAIMS, Role.FINANCE, Role.REVIEWER), (rq, c) ->
                        HttpResponse.ok(w.filing.benefits(rq.path("planCode")))),
                of("GET /api/claim-documents", Set.of(Role.UNIT, Role.CLAIMS, Role.FINANCE, Role.REVIEWER), (rq, c) ->
                        HttpResponse.ok(KindView.all(w.filing.requiredDocuments(c)))),
                of("GET /api/office/claims", OFFICE, (rq, c) -> HttpResponse.ok(w.handling.queue(c,
                        new ClaimHandling.QueueFilter(state(rq.query("state").orElse("")), rq.query("unit").orElse(null),
                                kind(rq.query("kind").orElse("")), "true".equals(rq.query("overdue").orElse(""))),
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)).map(w::officeView))),
                of("POST /api/office/claims/pay", FINANCE, (rq, c) -> {
                    BatchPayout p = rq.body(BatchPayout.class);
                    return HttpResponse.ok(w.handling.payAll(c, p.claimIds(), p.paidOn(), p.bankReference()));
                }),
                of("GET /api/office/claims/payouts/export", FINANCE, (rq, c) -> HttpResponse.file(new ClaimPayoutsWorkbook()
                        .write(w.handling.payouts(c, DateRange.day(rq.query("paidOn").orElse(null), "支付日期"))), XLSX,
                        ClaimPayoutsWorkbook.FILE_NAME)),
                of("GET /api/office/claims/{claimId}", OFFICE, (rq, c) ->
                        HttpResponse.ok(w.officeView(w.handling.load(c, rq.path("claimId"))))),
                of("GET /api/office/claims/{claimId}/documents/{attachmentId}", OFFICE, (rq, c) -> HttpResponse.ok(new Link(
                        w.documents.link(w.handling.load(c, rq.path("claimId")), rq.path("attachmentId")).toString()))),
                of("POST /api/office/claims/{claimId}/accept", HANDLERS, (rq, c) -> HttpResponse.ok(w.officeView(
                        w.handling.accept(c, rq.path("claimId"), rq.body(Acceptance.class).lateReason())))),
                of("POST /api/office/claims/{claimId}/return", HANDLERS, (rq, c) -> HttpResponse.ok(w.officeView(
                        w.handling.sendBack(c, rq.path("claimId"), rq.body(SendBack.class).missing())))),
                of("POST /api/office/claims/{claimId}/assess", HANDLERS, (rq, c) -> {
                    Decision d = rq.body(Decision.class);
                    Money amount = d.amount() == null || d.amount().isBlank() ? null
                            : Money.typed(d.amount(), "AMOUNT_INVALID", "amount", "核定金额");
                    return HttpResponse.ok(w.officeView(w.handling.assess(c, rq.path("claimId"), amount, d.reason())));
                }),
                of("POST /api/office/claims/{claimId}/review", HANDLERS, (rq, c) -> {
                    Review r = rq.body(Review.class);
                    return HttpResponse.ok(w.officeView(w.handling.review(c, rq.path("claimId"),
                            Boolean.TRUE.equals(r.agreed()), r.reason())));
                }),
                of("POST /api/office/claims/{claimId}/refuse", HANDLERS, (rq, c) -> {
                    Refusal r = rq.body(Refusal.class);
                    RefusalReason reason = RefusalReason.parse(r.reason() == null ? "" : r.reason())
                            .orElseThrow(() -> DomainException.invalid("REFUSAL_REASON_REQUIRED", "请选择拒付原因"));
                    return HttpResponse.ok(w.officeView(w.handling.refuse(c, rq.path("claimId"), reason, r.text())));
                }),
                of("POST /api/office/claims/{claimId}/pay", FINANCE, (rq, c) -> {
                    Payout p = rq.body(Payout.class);
                    return HttpResponse.ok(w.officeView(w.handling.pay(c, rq.path("claimId"), p.paidOn(),
                            p.bankReference())));
                }));
    }

    private static ClaimState state(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        return ClaimState.parse(typed).orElseThrow(() -> DomainException.invalid("CLAIM_STATE_INVALID", "申领状态无效"));
    }

    private static ClaimKind kind(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        return ClaimKind.parse(typed).orElseThrow(() -> DomainException.invalid("CLAIM_KIND_INVALID", "申领类型无效"));
    }

}
