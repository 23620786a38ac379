package cn.huzhu.query;

import static cn.huzhu.api.Route.of;
import static cn.huzhu.api.Route.publicRoute;

import java.util.List;
import java.util.Set;

import cn.huzhu.adapter.excel.ChangeLogWorkbook;
import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.query.PublicCoverageLookup;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;

/**
 * 信息查询: a unit's 人员保障查询 and 变更记录, the office's across its units (people by ID number, businesses by number),
 * and the public 参保查询 for members without an account.
 */
public final class QueryApiHandler extends ApiFunction<QueryWiring> {
    private static final Set<Role> UNIT = Set.of(Role.UNIT);
    private static final Set<Role> OFFICE = Set.of(Role.REVIEWER, Role.FINANCE);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public QueryApiHandler() {
        this(Env.system());
    }

    public QueryApiHandler(Env env) {
        super(env, QueryWiring::new, QueryApiHandler::routes);
    }

    private static List<Route> routes(QueryWiring w) {
        return List.of(
                of("GET /api/queries/people", UNIT, (rq, c) ->
                        HttpResponse.ok(w.coverage.people(c, rq.query("q").orElse("")))),
                of("GET /api/queries/payments", UNIT, (rq, c) -> HttpResponse.ok(w.coverage.payments(c,
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)))),
                of("GET /api/queries/changes", UNIT, (rq, c) -> HttpResponse.ok(w.changes.page(c,
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)))),
                of("GET /api/queries/changes/export", UNIT, (rq, c) -> export(w, c)),
                of("GET /api/office/queries/people", OFFICE, (rq, c) ->
                        HttpResponse.ok(w.coverage.people(c, rq.query("idNumber").orElse("")))),
                of("GET /api/office/queries/business", OFFICE, (rq, c) -> HttpResponse.ok(
                        w.coverage.business(c, rq.query("number").orElse("")).orElseThrow(() ->
                                DomainException.notFound("BUSINESS_NOT_FOUND", "未找到该申请书号、确认书号或缴款识别码对应的业务")))),
                of("GET /api/office/queries/changes", OFFICE, (rq, c) -> HttpResponse.ok(w.changes.page(c,
                        rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100)))),
                of("GET /api/office/queries/changes/export", OFFICE, (rq, c) -> export(w, c)),
                publicRoute("POST /api/public/coverage", (rq, c) -> HttpResponse.ok(
                        w.publicLookup.lookup(rq.body(PublicCoverageLookup.Request.class), rq.sourceIp()))));
    }

    private static HttpResponse export(QueryWiring w, Caller caller) {
        return HttpResponse.file(new ChangeLogWorkbook().write(w.changes.forExport(caller)), XLSX, ChangeLogWorkbook.FILE_NAME);
    }
}
