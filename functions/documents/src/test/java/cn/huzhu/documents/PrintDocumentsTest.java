package cn.huzhu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.api.Env;
import cn.huzhu.app.document.PrintDocuments;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.receipt.Verification;
import cn.huzhu.app.receipt.VerificationLink;
import cn.huzhu.app.view.ConfirmationRow;
import cn.huzhu.app.view.NoticeRow;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.PaymentReference;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.World;
import cn.huzhu.testing.Links;

/** 缴费通知单 and 确认书 over the emulators: printed once per content, counted every time, read back as a person would. */
class PrintDocumentsTest {
    private static final Env ENV = TestAws.function("DocumentsFunction");
    private final World world = new World();
    private final CheckCodes checkCodes = new CheckCodes(TestAws.keys("RECEIPT_KEYS"));
    private final PrintDocuments documents = new PrintDocuments(world.stores.enrollments, world.stores.members, world.stores.changes,
            world.stores.settings, world.stores.sequences, world.files, new Printers(), checkCodes,
            new VerificationLink(TestAws.all().require("PUBLIC_WEB_URL")), world.clock);
    private final LocalDate today = BusinessDay.today(world.clock);

    private Enrollment approved(Caller unit, List<Person> women) {
        return world.approved(unit, "P0501", 2, women);
    }

    private static byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theNoticeGetsItsReferenceOnceIsPrintedOnceAndCountedEveryTime() throws Exception {
        Caller unit = world.newUnit("通知单单位");
        Enrollment e = approved(unit, World.women(8));
        world.draft(unit, "P0101");
        List<NoticeRow> rows = documents.notices(unit, new PrintDocuments.NoticeFilter(null, DateRange.ANY, null, null, 20))
                .items();
        assertThat(rows).extracting(NoticeRow::id).containsExactly(e.id());
        assertThat(rows.get(0).printCount()).isZero();
        assertThat(documents.notices(unit, new PrintDocuments.NoticeFilter(e.applicationNo(), DateRange.ANY, "参保", null, 20))
                .items()).hasSize(1);
        assertThat(documents.notices(unit, new PrintDocuments.NoticeFilter(null, new DateRange(today.plusDays(1), null), null,
                null, 20)).items()).isEmpty();

        PrintDocuments.Printed first = documents.printNotice(unit, e.id());
        PrintDocuments.Printed second = documents.printNotice(unit, e.id());
        assertThat(first.printCount()).isEqualTo(1);
        assertThat(second.printCount()).isEqualTo(2);
        String reference = world.stores.enrollments.find(e.id()).orElseThrow().settlement().notice().reference();
        assertThat(PaymentReference.valid(reference)).isTrue();
        assertThat(world.files.keys(Bucket.GENERATED, "documents/notices/" + e.id() + "/")).hasSize(1);
        String text = PdfReading.text(fetch(second.url())).replace(" ", "");
        assertThat(text).contains(e.applicationNo(), "通知单单位", "400.00", "肆佰元整", "232554192616", reference);
        assertThat(documents.notices(unit, new PrintDocuments.NoticeFilter(null, DateRange.ANY, null, null, 20)).items()
                .get(0).printCount()).isEqualTo(2);
        assertThatThrownBy(() -> documents.printNotice(world.newUnit("他人"), e.id())).hasMessageContaining("不存在");
        Enrollment draft = world.draft(unit, "P0401");
        assertThatThrownBy(() -> documents.printNotice(unit, draft.id())).hasMessageContaining("审核通过后");
    }

    @Test
    void theConfirmationPrintsItsMembersMaskedAndVerifiesByItsQrCode() throws Exception {
        Caller unit = world.newUnit("确认书单位");
        List<Person> women = World.women(8);
        Enrollment e = world.confirmedWomen(unit, women);
        PrintDocuments.ConfirmationFilter unprinted = new PrintDocuments.ConfirmationFilter(null, DateRange.ANY, DateRange.ANY,
                false, null, 20);
        assertThat(documents.confirmations(unit, unprinted).items()).extracting(ConfirmationRow::id).containsExactly(e.id());
        PrintDocuments.Printed printed = documents.printConfirmation(unit, e.id());
        assertThat(printed.printCount()).isEqualTo(1);
        assertThat(documents.confirmations(unit, unprinted).items()).isEmpty();
        String number = e.settlement().confirmation().number();
        assertThat(documents.confirmations(unit, new PrintDocuments.ConfirmationFilter(number, new DateRange(today, today),
                new DateRange(today.plusDays(1), null), true, null, 20)).items()).hasSize(1);

        byte[] pdf = fetch(printed.url());
        String text = PdfReading.text(pdf).replace(" ", "");
        assertThat(text).contains("确认书号：" + number, "确认书单位", women.get(0).name(), women.get(7).name(),
                women.get(0).idNumber().substring(0, 6) + "********" + women.get(0).idNumber().substring(14), "第1页");
        for (Person w : women) {
            assertThat(text).doesNotContain(w.idNumber()).doesNotContain(w.birthDate().toString());
        }
        Map<String, String> query = Links.query(PdfReading.qrCode(pdf));
        assertThat(query.get("kind")).isEqualTo("confirmation");
        Verification verify = new Verification(world.stores.receipts, world.stores.corrections, world.stores.enrollments, checkCodes,
                world.stores.rateLimiter, world.stores.settings, "1503");
        Verification.ConfirmationResult genuine = verify.confirmation("198.51.100.9" + today.getDayOfMonth(),
                query.get("number"), query.get("check"));
        assertThat(genuine.genuine()).isTrue();
        assertThat(genuine.unitName()).isEqualTo("确认书单位");
        assertThat(genuine.persons()).isEqualTo(8);
        assertThat(verify.confirmation("198.51.100.9" + today.getDayOfMonth(), query.get("number"), "zzzzzz").unitName())
                .isNull();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fetch(documents.memberList(unit, e.id())
                .toString())))) {
            DataFormatter f = new DataFormatter();
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(9);
            assertThat(f.formatCellValue(book.getSheetAt(0).getRow(2).getCell(4))).contains("********");
        }
        assertThat(documents.printConfirmation(unit, e.id()).printCount()).isEqualTo(2);
        assertThat(world.files.keys(Bucket.GENERATED, "documents/confirmations/" + e.id() + "/")).hasSize(1);
    }
}
