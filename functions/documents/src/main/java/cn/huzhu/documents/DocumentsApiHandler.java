package cn.huzhu.documents;

import static cn.huzhu.api.Route.of;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.excel.RosterTemplateWorkbook;
import cn.huzhu.adapter.pdf.PdfFont;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpRequest;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.document.PrintDocuments;
import cn.huzhu.app.receipt.VerificationLink;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;

/**
 * Generated documents: the roster template (built once per container, served from memory), 缴费通知单打印 and
 * 确认书打印 with the member list download.
 */
public final class DocumentsApiHandler extends ApiFunction<DocumentsApiHandler.Wiring> {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Role UNIT = Role.UNIT;

    record Link(String url) {
    }

    public DocumentsApiHandler() {
        this(Env.system());
    }

    public DocumentsApiHandler(Env env) {
        super(env, Wiring::new, DocumentsApiHandler::routes);
    }

    /** The roster template (built once, served from memory) and the printing of documents. */
    record Wiring(byte[] template, PrintDocuments documents) {
        Wiring(Env env) {
            this(new RosterTemplateWorkbook().create(), printing(env));
        }

        private static PrintDocuments printing(Env env) {
            Clock clock = Clock.systemUTC();
            AwsSettings aws = new AwsSettings(env);
            DynamoStores stores = DynamoStores.create(aws, clock);
            return new PrintDocuments(stores.enrollments, stores.members, stores.changes, stores.settings, stores.sequences,
                    S3FileStore.create(aws), new Printers(), new CheckCodes(SecretKeyRing.of(aws, "RECEIPT_KEYS",
                            "the receipt key ring")), new VerificationLink(env.require("PUBLIC_WEB_URL")), clock);
        }
    }

    private static List<Route> routes(Wiring w) {
        byte[] template = w.template();
        PrintDocuments documents = w.documents();
        return List.of(
                of("GET /api/documents/roster-template", Set.of(Role.UNIT, Role.REVIEWER),
                        (rq, c) -> HttpResponse.file(template, XLSX, RosterTemplateWorkbook.FILE_NAME)),
                of("GET /api/documents/notices", UNIT, (rq, c) -> HttpResponse.ok(documents.notices(c,
                        new PrintDocuments.NoticeFilter(rq.query("applicationNo").orElse(null), range(rq, "from", "to", "录入日期"),
                                rq.query("businessType").orElse(null), rq.query("cursor").orElse(null),
                                rq.queryInt("limit", 20, 1, 100))))),
                of("POST /api/documents/notices/{id}/print", UNIT, (rq, c) ->
                        HttpResponse.ok(documents.printNotice(c, rq.path("id")))),
                of("GET /api/documents/confirmations", UNIT, (rq, c) -> HttpResponse.ok(documents.confirmations(c,
                        new PrintDocuments.ConfirmationFilter(rq.query("confirmationNo").orElse(null),
                                range(rq, "confirmedFrom", "confirmedTo", "确认日期"), range(rq, "effectiveFrom", "effectiveTo", "生效日期"),
                                printed(rq), rq.query("cursor").orElse(null), rq.queryInt("limit", 20, 1, 100))))),
                of("POST /api/documents/confirmations/{id}/print", UNIT, (rq, c) ->
                        HttpResponse.ok(documents.printConfirmation(c, rq.path("id")))),
                of("GET /api/documents/confirmations/{id}/members", UNIT, (rq, c) ->
                        HttpResponse.ok(new Link(documents.memberList(c, rq.path("id")).toString()))));
    }

    /** Before a snapshot, also the font and PDFBox's classes: the first print after a restore is then a warm one. */
    @Override
    protected void prime() {
        super.prime();
        PdfFont.warmUp();
    }

    private static DateRange range(HttpRequest rq, String from, String to, String label) {
        return DateRange.parse(rq.query(from).orElse(null), rq.query(to).orElse(null), label);
    }

    /** 未打印 (false) or 已打印 (true); absent for both. */
    private static Boolean printed(HttpRequest rq) {
        return rq.query("printed").map(value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw DomainException.invalid("PRINTED_INVALID", "打印状态参数应为true或false");
        }).orElse(null);
    }
}
