package cn.huzhu.review;

import static cn.huzhu.api.Route.of;

import java.util.List;
import java.util.Set;

import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpRequest;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.catalog.CatalogAdmin;
import cn.huzhu.app.change.CorrectionView;
import cn.huzhu.app.catalog.PlanForm;
import cn.huzhu.app.review.ReviewQueries;
import cn.huzhu.app.unit.UnitAdmin;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.app.view.ActivityView;
import cn.huzhu.app.view.EnrollmentDetail;
import cn.huzhu.app.view.PlanView;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.settings.Settings;

/** The office's API (办事处): 初审 with email notices, the catalog, units and their logins, settings. */
public final class OfficeApiHandler extends ApiFunction<OfficeWiring> {
    private static final Set<Role> OFFICE = Set.of(Role.REVIEWER, Role.FINANCE);
    private static final Role REVIEWER = Role.REVIEWER;

    record Reason(String reason) {
    }

    record Flag(Boolean value) {
    }

    record Name(String name) {
    }

    record Link(String url) {
    }

    public OfficeApiHandler() {
        this(Env.system());
    }

    public OfficeApiHandler(Env env) {
        super(env, OfficeWiring::new, OfficeApiHandler::routes);
    }

    private static List<Route> routes(OfficeWiring w) {
        return List.of(
                of("GET /api/office/enrollments", OFFICE, (rq, c) -> HttpResponse.ok(w.queries.queue(c, filter(rq)))),
                of("GET /api/office/corrections", REVIEWER, (rq, c) -> HttpResponse.ok(w.services.corrections.queue(c).stream()
                        .map(x -> CorrectionView.of(x, c.role())).toList())),
                of("POST /api/office/corrections/{id}/{correctionId}/approve", REVIEWER, (rq, c) -> HttpResponse.ok(
                        CorrectionView.of(w.services.corrections.approve(c, rq.path("id"), rq.path("correctionId")), c.role()))),
                of("POST /api/office/corrections/{id}/{correctionId}/refuse", REVIEWER, (rq, c) -> HttpResponse.ok(
                        CorrectionView.of(w.services.corrections.refuse(c, rq.path("id"), rq.path("correctionId"),
                                rq.body(Reason.class).reason()), c.role()))),
                of("DELETE /api/office/enrollments/{id}/removals/{memberKey}", REVIEWER, (rq, c) -> HttpResponse.ok(
                        w.services.removals.restore(c, rq.path("id"), rq.path("memberKey")))),
                of("GET /api/office/enrollments/{id}", OFFICE, (rq, c) -> HttpResponse.ok(w.queries.dossier(c, rq.path("id")))),
                of("GET /api/office/enrollments/{id}/plans/{planCode}/members", OFFICE, (rq, c) -> HttpResponse.ok(
                        w.services.members.list(c, rq.path("id"), rq.path("planCode"), rq.query("q").orElse(""),
                                rq.query("unexpired").map(Boolean::parseBoolean).orElse(false),
                                rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 200)))),
                of("GET /api/office/enrollments/{id}/attachments/{attachmentId}", OFFICE, (rq, c) -> HttpResponse.ok(
                        new Link(w.services.attachments.url(c, rq.path("id"), rq.path("attachmentId"),
                                "true".equals(rq.query("view").orElse(""))).toString()))),
                of("GET /api/office/enrollments/{id}/batches/{batchId}/failed-rows", OFFICE, (rq, c) -> HttpResponse.ok(
                        new Link(w.services.uploads.failedRowsUrl(c, rq.path("id"), rq.path("batchId")).toString()))),
                of("POST /api/office/enrollments/{id}/approve", REVIEWER, (rq, c) ->
                        HttpResponse.ok(EnrollmentDetail.of(w.decisions.approve(c, rq.path("id")).moved().enrollment()))),
                of("POST /api/office/enrollments/{id}/return", REVIEWER, (rq, c) -> HttpResponse.ok(EnrollmentDetail.of(
                        w.decisions.returnToUnit(c, rq.path("id"), rq.body(Reason.class).reason()).moved().enrollment()))),
                of("GET /api/office/enrollments/{id}/mails", OFFICE, (rq, c) -> HttpResponse.ok(w.decisions.mails(c, rq.path("id")))),
                of("POST /api/office/enrollments/{id}/mails/{mailId}/resend", REVIEWER, (rq, c) ->
                        HttpResponse.ok(w.decisions.resend(c, rq.path("id"), rq.path("mailId")))),
                of("GET /api/office/catalog", OFFICE, (rq, c) -> HttpResponse.ok(w.services.catalog.all())),
                of("POST /api/office/activities", REVIEWER, (rq, c) -> HttpResponse.created(
                        ActivityView.of(w.catalog.createActivity(c, rq.body(CatalogAdmin.ActivityForm.class)), List.of()))),
                of("PUT /api/office/activities/{activityId}", REVIEWER, (rq, c) -> HttpResponse.ok(ActivityView.of(
                        w.catalog.updateActivity(c, rq.path("activityId"), rq.body(CatalogAdmin.ActivityForm.class)), List.of()))),
                of("POST /api/office/activities/{activityId}/retired", REVIEWER, (rq, c) -> HttpResponse.ok(ActivityView.of(
                        w.catalog.setActivityRetired(c, rq.path("activityId"), flag(rq)), List.of()))),
                of("POST /api/office/plans", REVIEWER, (rq, c) ->
                        HttpResponse.created(PlanView.of(w.catalog.createPlan(c, rq.body(PlanForm.class))))),
                of("PUT /api/office/plans/{planCode}", REVIEWER, (rq, c) ->
                        HttpResponse.ok(PlanView.of(w.catalog.updatePlan(c, rq.path("planCode"), rq.body(PlanForm.class))))),
                of("PUT /api/office/plans/{planCode}/benefits", REVIEWER, (rq, c) -> HttpResponse.ok(
                        w.catalog.saveBenefits(c, rq.path("planCode"), rq.body(PlanBenefits.class)))),
                of("POST /api/office/plans/{planCode}/retired", REVIEWER, (rq, c) ->
                        HttpResponse.ok(PlanView.of(w.catalog.setPlanRetired(c, rq.path("planCode"), flag(rq))))),
                of("DELETE /api/office/plans/{planCode}", REVIEWER, (rq, c) -> {
                    w.catalog.deletePlan(c, rq.path("planCode"));
                    return HttpResponse.noContent();
                }),
                of("GET /api/office/units", OFFICE, (rq, c) -> HttpResponse.ok(w.units.list(c, rq.query("q").orElse(""),
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)))),
                of("POST /api/office/units", REVIEWER, (rq, c) ->
                        HttpResponse.created(w.units.create(c, rq.body(UnitAdmin.NewUnit.class)))),
                of("PUT /api/office/units/{unitId}", REVIEWER, (rq, c) ->
                        HttpResponse.ok(w.units.rename(c, rq.path("unitId"), rq.body(Name.class).name()))),
                of("GET /api/office/accounts", REVIEWER, (rq, c) -> HttpResponse.ok(w.units.officeAccounts(c))),
                of("POST /api/office/accounts", REVIEWER, (rq, c) -> HttpResponse.created(
                        w.units.createOfficeAccount(c, rq.body(UnitAdmin.NewOfficeAccount.class)))),
                of("POST /api/office/accounts/{username}/reset-password", REVIEWER, (rq, c) ->
                        HttpResponse.ok(w.units.resetPassword(c, rq.path("username")))),
                of("POST /api/office/accounts/{username}/disabled", REVIEWER, (rq, c) ->
                        HttpResponse.ok(w.units.setDisabled(c, rq.path("username"), flag(rq)))),
                of("GET /api/office/settings", OFFICE, (rq, c) -> HttpResponse.ok(w.settings.get(c))),
                of("PUT /api/office/settings", REVIEWER, (rq, c) -> HttpResponse.ok(w.settings.save(c, rq.body(Settings.class)))),
                of("GET /api/office/todos", OFFICE, (rq, c) -> HttpResponse.ok(w.todos.forOffice(c))),
                of("POST /api/office/reminders/run", REVIEWER, (rq, c) -> HttpResponse.ok(w.reminders.run(c.orgCode()))));
    }

    private static boolean flag(HttpRequest request) {
        Boolean value = request.body(Flag.class).value();
        if (value == null) {
            throw DomainException.invalid("VALUE_REQUIRED", "请指定是或否");
        }
        return value;
    }

    private static ReviewQueries.Filter filter(HttpRequest rq) {
        return new ReviewQueries.Filter(rq.query("state").orElse(null), rq.query("unitId").orElse(null),
                rq.query("applicationNo").orElse(null), DateRange.parse(rq.query("from").orElse(null), rq.query("to").orElse(null), "提交日期"),
                rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100));
    }
}
