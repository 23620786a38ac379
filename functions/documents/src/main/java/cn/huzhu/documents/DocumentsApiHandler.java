package cn.huzhu.documents;

import java.util.List;
import java.util.Set;

import cn.huzhu.adapter.excel.RosterTemplateWorkbook;
import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.domain.account.Role;

/** Generated documents. The roster template is built once per container and served from memory. */
public final class DocumentsApiHandler extends ApiFunction {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public DocumentsApiHandler() {
        this(Env.system());
    }

    public DocumentsApiHandler(Env env) {
        this(new RosterTemplateWorkbook().create());
    }

    private DocumentsApiHandler(byte[] template) {
        super(List.of(Route.of("GET /api/documents/roster-template", Set.of(Role.UNIT, Role.REVIEWER),
                (request, caller) -> HttpResponse.file(template, XLSX, RosterTemplateWorkbook.FILE_NAME))));
    }
}
