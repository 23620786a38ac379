package cn.huzhu.enrollment;

import static cn.huzhu.api.Route.of;

import java.util.List;

import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.enrollment.CreateEnrollment;
import cn.huzhu.app.enrollment.EditEnrollment;
import cn.huzhu.app.change.CorrectionView;
import cn.huzhu.app.change.Corrections;
import cn.huzhu.app.change.Removals;
import cn.huzhu.app.enrollment.MemberEditing;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.view.EnrollmentDetail;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.unit.Unit;

/** The unit operator's API: 参保录入 ①②③, rosters, members, attachments, 信息维护. */
public final class EnrollmentApiHandler extends ApiFunction<EnrollmentWiring> {
    private static final Role UNIT = Role.UNIT;

    record PlanRow(String planCode, Integer shares) {
    }

    record PlanChange(Integer shares, Integer anonymousCount) {
    }

    record FileRequest(String fileName, Long size) {
    }

    record Link(String url) {
    }

    public EnrollmentApiHandler() {
        this(Env.system());
    }

    public EnrollmentApiHandler(Env env) {
        super(env, EnrollmentWiring::new, EnrollmentApiHandler::routes);
    }

    private static List<Route> routes(EnrollmentWiring w) {
        return List.of(
                of("GET /api/catalog", UNIT, (rq, c) -> HttpResponse.ok(w.services.catalog.open())),
                of("GET /api/todos", UNIT, (rq, c) -> HttpResponse.ok(w.todos.forUnit(c))),
                of("GET /api/enrollments", UNIT, (rq, c) ->
                        HttpResponse.ok(w.queries.mine(c, rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)))),
                of("POST /api/enrollments", UNIT, (rq, c) ->
                        HttpResponse.created(detail(w.create.create(c, rq.body(CreateEnrollment.Request.class))))),
                of("GET /api/enrollments/{id}", UNIT, (rq, c) -> HttpResponse.ok(w.queries.detail(c, rq.path("id")))),
                of("PUT /api/enrollments/{id}", UNIT, (rq, c) ->
                        HttpResponse.ok(detail(w.edit.updateDetails(c, rq.path("id"), rq.body(EditEnrollment.Details.class))))),
                of("GET /api/enrollments/{id}/history", UNIT, (rq, c) -> HttpResponse.ok(w.queries.history(c, rq.path("id")))),
                of("POST /api/enrollments/{id}/plans", UNIT, (rq, c) -> {
                    PlanRow row = rq.body(PlanRow.class);
                    return HttpResponse.ok(detail(w.edit.addPlan(c, rq.path("id"), row.planCode(), row.shares())));
                }),
                of("PUT /api/enrollments/{id}/plans/{planCode}", UNIT, (rq, c) -> {
                    PlanChange change = rq.body(PlanChange.class);
                    return HttpResponse.ok(detail(w.edit.changePlanRow(c, rq.path("id"), rq.path("planCode"), change.shares(),
                            change.anonymousCount())));
                }),
                of("DELETE /api/enrollments/{id}/plans/{planCode}", UNIT, (rq, c) ->
                        HttpResponse.ok(detail(w.edit.removePlan(c, rq.path("id"), rq.path("planCode"))))),
                of("GET /api/enrollments/{id}/plans/{planCode}/members", UNIT, (rq, c) -> HttpResponse.ok(
                        w.services.members.list(c, rq.path("id"), rq.path("planCode"), rq.query("q").orElse(""),
                                rq.query("unexpired").map(Boolean::parseBoolean).orElse(false),
                                rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 200)))),
                of("POST /api/enrollments/{id}/plans/{planCode}/members", UNIT, (rq, c) -> HttpResponse.created(
                        w.services.members.add(c, rq.path("id"), rq.path("planCode"), rq.body(MemberEditing.Edit.class)))),
                of("GET /api/enrollments/{id}/plans/{planCode}/members/{memberKey}", UNIT, (rq, c) -> HttpResponse.ok(
                        w.services.members.detail(c, rq.path("id"), rq.path("planCode"), rq.path("memberKey")))),
                of("PUT /api/enrollments/{id}/plans/{planCode}/members/{memberKey}", UNIT, (rq, c) -> HttpResponse.ok(
                        w.services.members.update(c, rq.path("id"), rq.path("planCode"), rq.path("memberKey"),
                                rq.body(MemberEditing.Edit.class)))),
                of("DELETE /api/enrollments/{id}/plans/{planCode}/members/{memberKey}", UNIT, (rq, c) -> {
                    w.services.members.delete(c, rq.path("id"), rq.path("planCode"), rq.path("memberKey"));
                    return HttpResponse.noContent();
                }),
                of("POST /api/enrollments/{id}/roster-uploads", UNIT, (rq, c) -> HttpResponse.created(
                        w.services.uploads.requestUpload(c, rq.path("id"), rq.body(RosterUploads.Request.class)))),
                of("GET /api/enrollments/{id}/batches", UNIT, (rq, c) -> HttpResponse.ok(w.services.uploads.list(c, rq.path("id")))),
                of("GET /api/enrollments/{id}/batches/{batchId}", UNIT, (rq, c) ->
                        HttpResponse.ok(w.services.uploads.get(c, rq.path("id"), rq.path("batchId")))),
                of("GET /api/enrollments/{id}/batches/{batchId}/failed-rows", UNIT, (rq, c) -> HttpResponse.ok(
                        new Link(w.services.uploads.failedRowsUrl(c, rq.path("id"), rq.path("batchId")).toString()))),
                of("GET /api/enrollments/{id}/attachments", UNIT, (rq, c) ->
                        HttpResponse.ok(w.services.attachments.list(c, rq.path("id")))),
                of("POST /api/enrollments/{id}/attachments", UNIT, (rq, c) -> {
                    FileRequest file = rq.body(FileRequest.class);
                    return HttpResponse.created(w.services.attachments.requestUpload(c, rq.path("id"), file.fileName(), file.size()));
                }),
                of("POST /api/enrollments/{id}/attachments/{attachmentId}/complete", UNIT, (rq, c) ->
                        HttpResponse.ok(w.services.attachments.complete(c, rq.path("id"), rq.path("attachmentId")))),
                of("GET /api/enrollments/{id}/attachments/{attachmentId}", UNIT, (rq, c) -> HttpResponse.ok(
                        new Link(w.services.attachments.url(c, rq.path("id"), rq.path("attachmentId"),
                                "true".equals(rq.query("view").orElse(""))).toString()))),
                of("DELETE /api/enrollments/{id}/attachments/{attachmentId}", UNIT, (rq, c) -> {
                    w.services.attachments.delete(c, rq.path("id"), rq.path("attachmentId"));
                    return HttpResponse.noContent();
                }),
                of("POST /api/enrollments/{id}/submit", UNIT, (rq, c) ->
                        HttpResponse.ok(detail(w.services.lifecycle.submit(c, rq.path("id")).enrollment()))),
                of("POST /api/enrollments/{id}/cancel", UNIT, (rq, c) ->
                        HttpResponse.ok(detail(w.services.lifecycle.cancel(c, rq.path("id")).enrollment()))),
                of("POST /api/enrollments/{id}/renew", UNIT, (rq, c) ->
                        HttpResponse.created(detail(w.renew.renew(c, rq.path("id"),
                                "true".equals(rq.query("early").orElse("")))))),
                of("POST /api/enrollments/{id}/additions", UNIT, (rq, c) ->
                        HttpResponse.created(detail(w.additions.start(c, rq.path("id"))))),
                of("POST /api/enrollments/{id}/removals", UNIT, (rq, c) -> HttpResponse.ok(
                        w.services.removals.remove(c, rq.path("id"), rq.body(Removals.Request.class)))),
                of("DELETE /api/enrollments/{id}/removals/{memberKey}", UNIT, (rq, c) -> HttpResponse.ok(
                        w.services.removals.restore(c, rq.path("id"), rq.path("memberKey")))),
                of("POST /api/enrollments/{id}/corrections", UNIT, (rq, c) -> HttpResponse.created(CorrectionView.of(
                        w.services.corrections.request(c, rq.path("id"), rq.body(Corrections.Request.class)), c.role()))),
                of("GET /api/corrections", UNIT, (rq, c) -> HttpResponse.ok(w.services.corrections.mine(c,
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)).map(x -> CorrectionView.of(x, c.role())))),
                of("GET /api/unit/profile", UNIT, (rq, c) -> HttpResponse.ok(w.services.profiles.get(c))),
                of("PUT /api/unit/profile", UNIT, (rq, c) -> HttpResponse.ok(w.services.profiles.update(c, rq.body(Unit.Profile.class)))));
    }

    private static EnrollmentDetail detail(Enrollment enrollment) {
        return EnrollmentDetail.of(enrollment);
    }

}
