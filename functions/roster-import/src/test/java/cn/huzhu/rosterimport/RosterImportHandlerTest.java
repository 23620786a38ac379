package cn.huzhu.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.TestIds;

/** The S3-triggered import, invoked with events/s3-roster-created.json against the emulators. */
class RosterImportHandlerTest {
    private static final Env ENV = TestAws.function("RosterImportFunction");
    private static final RosterImportHandler HANDLER = new RosterImportHandler(ENV);
    private static final Clock CLOCK = Clock.systemUTC();
    private static final DynamoStores STORES = DynamoStores.create(new AwsSettings(TestAws.all()), CLOCK);
    private static final S3FileStore FILES = S3FileStore.create(new AwsSettings(TestAws.all()));
    private static final Ids IDS = new Ids(CLOCK);
    private static final Caller UNIT = new Caller("unit-test", Role.UNIT, "unit-roster-test", "1503");

    private record Upload(String enrollmentId, String batchId, String key, long size, String eTag) {
    }

    private static String enrollment() {
        Enrollment e = Enrollment.draft(IDS.next(), "PRT" + IDS.next(), UNIT.unitId(), "测试单位", "1503", CLOCK.instant(),
                "unit-test", false, List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1)));
        STORES.enrollments.create(e);
        return e.id();
    }

    /** What the browser does: ask for a ticket, PUT the file to S3. */
    private static Upload upload(String enrollmentId, byte[] file) throws Exception {
        RosterUploads uploads = new RosterUploads(new EnrollmentAccess(STORES.enrollments), STORES.batches, FILES,
                STORES.settings, IDS, CLOCK);
        RosterUploads.Ticket ticket = uploads.requestUpload(UNIT, enrollmentId,
                new RosterUploads.Request(List.of(Catalogs.HOSPITAL_A.code()), "名单.xlsx", (long) file.length));
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(ticket.uploadUrl())).PUT(HttpRequest.BodyPublishers.ofByteArray(file));
        ticket.headers().forEach(put::header);
        HttpResponse<Void> response = HttpClient.newHttpClient().send(put.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        ImportBatch batch = STORES.batches.find(enrollmentId, ticket.batch().id()).orElseThrow();
        return new Upload(enrollmentId, batch.id(), batch.fileKey(), file.length,
                response.headers().firstValue("etag").orElse("").replace("\"", ""));
    }

    private static JsonNode deliver(Upload upload) {
        ObjectNode event = Events.load("s3-roster-created.json");
        ObjectNode s3 = (ObjectNode) event.get("Records").get(0).get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", TestAws.all().require("UPLOAD_BUCKET"));
        ((ObjectNode) s3.get("object")).put("key", upload.key()).put("size", upload.size()).put("eTag", upload.eTag());
        return Events.invoke(HANDLER, event);
    }

    @Test
    void importsTheRosterOnceHoweverOftenTheEventArrives() throws Exception {
        String enrollmentId = enrollment();
        byte[] file = RosterFiles.withTemplateHeader()
                .person("张三", TestIds.man(LocalDate.of(1980, 1, 1), 1))
                .person("李四", TestIds.woman(LocalDate.of(1985, 1, 1), 1), "高危职业")
                .person("王五", "bad-number")
                .xlsx();
        Upload upload = upload(enrollmentId, file);
        assertThat(deliver(upload).get(0).asText()).isEqualTo("IMPORTED");
        ImportBatch batch = STORES.batches.find(enrollmentId, upload.batchId()).orElseThrow();
        assertThat(batch.status()).isEqualTo(ImportBatch.Status.DONE);
        assertThat(List.of(batch.total(), batch.succeeded(), batch.failed())).containsExactly(3, 2, 1);
        MemberStats stats = STORES.enrollments.find(enrollmentId).orElseThrow().requirePlan("P0101").members();
        assertThat(stats).isEqualTo(new MemberStats(2, 1, 0));

        STORES.members.remove(enrollmentId, "P0101",
                STORES.members.list(enrollmentId, "P0101", "张三", false, null, 10).items().get(0).key());
        assertThat(deliver(upload).get(0).asText()).isEqualTo("ALREADY_DONE");
        assertThat(STORES.members.count(enrollmentId, "P0101").named()).isEqualTo(1);
        assertThat(STORES.batches.find(enrollmentId, upload.batchId()).orElseThrow().version()).isEqualTo(batch.version());
    }

    @Test
    void reimportingThePersonUpdatesTheMemberInsteadOfCountingTwice() throws Exception {
        String enrollmentId = enrollment();
        String id = TestIds.man(LocalDate.of(1980, 1, 1), 1);
        deliver(upload(enrollmentId, RosterFiles.withTemplateHeader().person("张三", id).xlsx()));
        deliver(upload(enrollmentId, RosterFiles.withTemplateHeader().person("张三丰", id.toLowerCase(), "高危职业").xlsx()));
        assertThat(STORES.enrollments.find(enrollmentId).orElseThrow().requirePlan("P0101").members())
                .isEqualTo(new MemberStats(1, 1, 0));
        assertThat(STORES.members.list(enrollmentId, "P0101", "", false, null, 10).items())
                .singleElement().satisfies(m -> assertThat(m.person().name()).isEqualTo("张三丰"));
    }

    @Test
    void aDamagedFileFailsAsAWholeAndStoresNoMember() throws Exception {
        String enrollmentId = enrollment();
        byte[] good = RosterFiles.withTemplateHeader().person("张三", TestIds.man(LocalDate.of(1980, 1, 1), 1)).xlsx();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        Upload upload = upload(enrollmentId, truncated);
        assertThat(deliver(upload).get(0).asText()).isEqualTo("FILE_REFUSED");
        ImportBatch batch = STORES.batches.find(enrollmentId, upload.batchId()).orElseThrow();
        assertThat(batch.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(batch.message()).contains("文件已损坏");
        assertThat(STORES.members.count(enrollmentId, "P0101")).isEqualTo(MemberStats.NONE);
    }

    @Test
    void objectsOutsideTheRosterLayoutAreIgnored() {
        ObjectNode event = Events.load("s3-roster-created.json");
        ObjectNode s3 = (ObjectNode) event.get("Records").get(0).get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", TestAws.all().require("UPLOAD_BUCKET"));
        ((ObjectNode) s3.get("object")).put("key", "rosters/unknown.xlsx");
        assertThat(Events.invoke(HANDLER, event).get(0).asText()).isEqualTo("NOT_A_ROSTER_UPLOAD");
        ((ObjectNode) s3.get("bucket")).put("name", "someone-elses-bucket");
        assertThat(Events.invoke(HANDLER, event)).isEmpty();
    }
}
