package cn.huzhu.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.huzhu.adapter.dynamodb.DynamoSettingsStore;
import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.adapter.excel.FailedRowsWorkbook;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.roster.ImportRoster;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;
import cn.huzhu.testing.Workbooks;
import cn.huzhu.testing.World;

/** The import use case with the real spreadsheet adapters, S3 and DynamoDB emulators. */
class ImportRosterTest {
    private final World world = new World();
    private final RecordingBatches batches = new RecordingBatches(world.stores.batches);
    private final ImportRoster importRoster = new ImportRoster(batches, world.stores.enrollments, world.stores.members,
            world.stores.coverage, world.files, world.stores.idempotency, world.stores.settings, new ExcelRosterReader(),
            new FailedRowsWorkbook(), world.keys, world.clock);

    /** The real batch store, remembering every progress it was told. */
    private static final class RecordingBatches implements BatchStore {
        private final BatchStore delegate;
        final List<Integer> progress = new ArrayList<>();

        RecordingBatches(BatchStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public ImportBatch create(ImportBatch batch) {
            return delegate.create(batch);
        }

        @Override
        public ImportBatch update(ImportBatch batch) {
            if (batch.status() == ImportBatch.Status.RUNNING) {
                progress.add(batch.processed());
            }
            return delegate.update(batch);
        }

        @Override
        public Optional<ImportBatch> find(String enrollmentId, String batchId) {
            return delegate.find(enrollmentId, batchId);
        }

        @Override
        public List<ImportBatch> forEnrollment(String enrollmentId) {
            return delegate.forEnrollment(enrollmentId);
        }
    }

    private ImportBatch importFile(Caller unit, Enrollment enrollment, List<String> plans, String name, byte[] file) {
        RosterUploads.Ticket ticket = world.uploads.requestUpload(unit, enrollment.id(),
                new RosterUploads.Request(plans, name, (long) file.length));
        ImportBatch batch = world.stores.batches.find(enrollment.id(), ticket.batch().id()).orElseThrow();
        world.files.put(Bucket.UPLOADS, batch.fileKey(), file, "application/octet-stream");
        importRoster.onObjectCreated(batch.fileKey(), file.length, UUID.randomUUID().toString());
        return world.stores.batches.find(enrollment.id(), batch.id()).orElseThrow();
    }

    private MemberStats stats(Enrollment enrollment, String plan) {
        return world.stores.enrollments.find(enrollment.id()).orElseThrow().requirePlan(plan).members();
    }

    @Test
    void oneFileJoinsEveryChosenPlanAndALegacyXlsWorksAlike() {
        Caller unit = world.newUnit("批量导入单位");
        Enrollment enrollment = world.draft(unit, "P0101", "P0501");
        byte[] xls = RosterFiles.withTemplateHeader()
                .person("赵女士", TestIds.woman(LocalDate.of(1985, 2, 2), 1))
                .person("钱先生", TestIds.man(LocalDate.of(1985, 2, 2), 1))
                .xls();
        ImportBatch batch = importFile(unit, enrollment, List.of("P0101", "P0501"), "名单.xls", xls);
        // he is refused by 女工特病 only: he joins 住院医疗, and his row comes back saying so and why
        assertThat(List.of(batch.total(), batch.succeeded(), batch.failed())).containsExactly(2, 1, 1);
        assertThat(stats(enrollment, "P0101").named()).isEqualTo(2);
        assertThat(stats(enrollment, "P0501").named()).isEqualTo(1);
    }

    @Test
    void failedRowsComeBackWithTheirOwnColumnsAndTheReason(@TempDir Path dir) throws Exception {
        Caller unit = world.newUnit("失败行单位");
        Enrollment enrollment = world.draft(unit, "P0101");
        byte[] file = RosterFiles.withHeader("工号", "姓名", "证件号码", "部门")
                .row("A01", "张三", TestIds.man(LocalDate.of(1980, 1, 1), 1), "财务部")
                .row("A02", "李四4", "110105194912310021", "人事部")
                .row("A03", "王五", new BigDecimal("110105194912310000"), "后勤部")
                .xlsx();
        ImportBatch batch = importFile(unit, enrollment, List.of("P0101"), "名单.xlsx", file);
        assertThat(batch.failed()).isEqualTo(2);
        Path failed = dir.resolve("failed.xlsx");
        try (InputStream in = world.files.open(Bucket.GENERATED, batch.failedRowsKey())) {
            Files.copy(in, failed);
        }
        Workbooks.Sheet sheet = Workbooks.read(failed);
        List<String> header = sheet.header();
        List<RosterRow> rows = sheet.rows();
        assertThat(header).containsExactly("工号", "姓名", "证件号码", "部门", "失败原因");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells().subList(0, 4)).extracting(CellValue::display)
                .containsExactly("A02", "李四4", "110105194912310021", "人事部");
        assertThat(rows.get(0).cells().get(4).display()).isEqualTo("姓名：不能包含数字；证件号码：居民身份证号码校验位错误");
        assertThat(rows.get(1).cells().get(4).display()).contains("文本格式");
    }

    @Test
    void aFailedRowsFileFixedAndUploadedAgainKeepsOneReasonColumn(@TempDir Path dir) throws Exception {
        Caller unit = world.newUnit("重传失败行单位");
        Enrollment enrollment = world.draft(unit, "P0101");
        byte[] file = RosterFiles.withTemplateHeader().person("张三", TestIds.man(LocalDate.of(1980, 1, 1), 1))
                .person("李四4", "110105194912310021").xlsx();
        byte[] failedOnce = failedRows(importFile(unit, enrollment, List.of("P0101"), "名单.xlsx", file));
        byte[] failedTwice = failedRows(importFile(unit, enrollment, List.of("P0101"), "导入失败人员.xlsx", failedOnce));
        Workbooks.Sheet sheet = Workbooks.read(Files.write(dir.resolve("again.xlsx"), failedTwice));
        assertThat(sheet.header()).containsExactly("序号", "姓名*", "证件类型*", "证件号码*", "性别", "出生日期", "手机号",
                "职业类别", "备注", "入职日期", "失败原因");
        assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.cells().get(1).display()).isEqualTo("李四4"));
    }

    private byte[] failedRows(ImportBatch batch) throws Exception {
        try (InputStream in = world.files.open(Bucket.GENERATED, batch.failedRowsKey())) {
            return in.readAllBytes();
        }
    }

    @Test
    void theHeaderMaySitBelowATitleAndRowNumbersStayThoseOfTheFile() {
        Caller unit = world.newUnit("标题行单位");
        Enrollment enrollment = world.draft(unit, "P0101");
        byte[] file = RosterFiles.withHeader("参保人员名单（2026年度）").row().row("序号", "姓名", "证件号码")
                .row(1, "张三", TestIds.man(LocalDate.of(1980, 1, 1), 1))
                .row(2, "张三", TestIds.man(LocalDate.of(1980, 1, 1), 1)).xlsx();
        ImportBatch batch = importFile(unit, enrollment, List.of("P0101"), "名单.xlsx", file);
        assertThat(List.of(batch.total(), batch.succeeded(), batch.failed())).containsExactly(2, 1, 1);
        assertThat(Workbooks.read(writeTemp(failedRowsQuietly(batch))).last(0)).isEqualTo("证件号码：与第4行（序号1）是同一人（重复）");
    }

    @Test
    void aFileWithoutAHeaderInItsFirstTenRowsIsRefusedWhole() {
        Caller unit = world.newUnit("无表头单位");
        Enrollment enrollment = world.draft(unit, "P0101");
        RosterFiles file = RosterFiles.withHeader("说明");
        for (int i = 0; i < 10; i++) {
            file.row("第" + i + "行");
        }
        file.row("姓名", "证件号码").row("张三", TestIds.man(LocalDate.of(1980, 1, 1), 1));
        ImportBatch batch = importFile(unit, enrollment, List.of("P0101"), "名单.xlsx", file.xlsx());
        assertThat(batch.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(batch.message()).startsWith("文件前10行中没有参保人信息模板的表头");
        assertThat(world.stores.members.count(enrollment.id(), "P0101")).isEqualTo(MemberStats.NONE);
    }

    @Test
    void aCellLongerThanTheOfficesLimitRefusesTheFileAtOnceAndStoresNothing() {
        Caller unit = world.newUnit("超长单元格单位");
        Enrollment enrollment = world.draft(unit, "P0101");
        byte[] file = RosterFiles.withTemplateHeader().person("张三", TestIds.man(LocalDate.of(1980, 1, 1), 1))
                .row(2, "李".repeat(1001), "居民身份证", TestIds.man(LocalDate.of(1980, 1, 2), 1)).xlsx();
        ImportBatch batch = importFile(unit, enrollment, List.of("P0101"), "名单.xlsx", file);
        assertThat(batch.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(batch.message()).isEqualTo("第3行第2列有1001个字符，超过每格1000个字符的上限，这不像参保人员名单，请检查文件后重新上传");
        assertThat(world.stores.members.count(enrollment.id(), "P0101")).isEqualTo(MemberStats.NONE);
    }

    private byte[] failedRowsQuietly(ImportBatch batch) {
        try {
            return failedRows(batch);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writeTemp(byte[] content) {
        try {
            return Files.write(Files.createTempFile("failed-", ".xlsx"), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPersonStillCoveredIsImportedAsUnexpired() {
        Caller unit = world.newUnit("未到期单位");
        Enrollment enrollment = world.draft(unit, "P0101");
        String id = TestIds.man(LocalDate.of(1970, 3, 3), 5);
        LocalDate ends = LocalDate.now().plusMonths(2);
        world.stores.coverage.record(new Coverage(ActivityType.HOSPITAL, world.keys.of(IdDocumentType.RESIDENT_ID, id),
                ends.minusYears(1), ends, "old", "P0101"));
        importFile(unit, enrollment, List.of("P0101"), "a.xlsx", RosterFiles.withTemplateHeader().person("孙七", id)
                .person("周八", TestIds.man(LocalDate.of(1971, 3, 3), 5)).xlsx());
        assertThat(stats(enrollment, "P0101")).isEqualTo(new MemberStats(2, 0, 1));
        Member member = world.stores.members.list(enrollment.id(), "P0101", "孙七", false, null, 5).items().get(0);
        assertThat(member.unexpiredUntil()).isEqualTo(ends);
        assertThat(member.coverageStart()).isEqualTo(ends.plusDays(1));
    }

    @Test
    void theOfficesLimitsRefuseTheWholeFile() {
        String org = "L" + UUID.randomUUID().toString().substring(0, 6);
        Settings d = DynamoSettingsStore.packagedDefaults();
        world.stores.settings.save(new Settings(new Settings.Org(org, "限额机构", "限额"), d.payee(), d.paymentWindow(),
                d.contacts(), d.districtOffices(), d.numbering(), new Settings.Limits(20_000, 2, 1000, 1024 * 1024, 5, 15, 0), d.receipts()));
        Caller unit = new Caller("op", Role.UNIT, "limit-unit-" + org, org);
        Enrollment enrollment = Enrollment.draft(world.ids.next(), "PRT" + world.ids.next(), unit.unitId(), "限额单位", org,
                world.clock.instant(), "op", false, List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1)));
        world.stores.enrollments.create(enrollment);
        byte[] threeRows = RosterFiles.withTemplateHeader().person("甲", TestIds.man(LocalDate.of(1980, 1, 1), 1))
                .person("乙", TestIds.man(LocalDate.of(1980, 1, 2), 1)).emptyRow()
                .person("丙", TestIds.man(LocalDate.of(1980, 1, 3), 1)).xlsx();
        ImportBatch tooManyRows = importFile(unit, enrollment, List.of("P0101"), "a.xlsx", threeRows);
        assertThat(tooManyRows.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(tooManyRows.message()).isEqualTo("文件超过2行人员的上限，请拆分后分批上传");
        assertThat(world.stores.members.count(enrollment.id(), "P0101")).isEqualTo(MemberStats.NONE);

        byte[] twoRows = RosterFiles.withTemplateHeader().person("甲", TestIds.man(LocalDate.of(1980, 1, 1), 1)).emptyRow()
                .person("乙", TestIds.man(LocalDate.of(1980, 1, 2), 1)).xlsx();
        assertThat(importFile(unit, enrollment, List.of("P0101"), "b.xlsx", twoRows).status()).isEqualTo(ImportBatch.Status.DONE);

        byte[] large = new byte[30_000];
        System.arraycopy(twoRows, 0, large, 0, twoRows.length);
        String batchId = world.ids.next();
        ImportBatch batch = world.stores.batches.create(ImportBatch.waiting(enrollment.id(), batchId, List.of("P0101"),
                "big.xlsx", "rosters/" + enrollment.id() + "/" + batchId + ".xlsx", 10, world.clock.instant(), "op"));
        world.files.put(Bucket.UPLOADS, batch.fileKey(), large, "application/octet-stream");
        importRoster.onObjectCreated(batch.fileKey(), 10, "etag-" + batch.id());
        ImportBatch refused = world.stores.batches.find(enrollment.id(), batch.id()).orElseThrow();
        assertThat(refused.message()).isEqualTo("文件大小超过19.5KB，请拆分后分批上传");
        assertThat(world.stores.members.count(enrollment.id(), "P0101").named()).isEqualTo(2);
    }

    @Test
    void aLargeFileReportsProgressWhileItRuns() {
        Caller unit = world.newUnit("大文件单位");
        Enrollment enrollment = world.draft(unit, "P0201");
        RosterFiles roster = RosterFiles.withTemplateHeader();
        LocalDate birth = LocalDate.of(1970, 1, 1);
        for (int i = 0; i < 12_000; i++) {
            roster.person("员工", TestIds.resident("370202", birth.plusDays(i / 900), i % 900 + 1));
        }
        ImportBatch batch = importFile(unit, enrollment, List.of("P0201"), "big.xlsx", roster.xlsx());
        assertThat(batch.succeeded()).isEqualTo(12_000);
        assertThat(batches.progress).anySatisfy(processed -> assertThat(processed).isBetween(1, 11_999));
        assertThat(stats(enrollment, "P0201").named()).isEqualTo(12_000);
    }
}
