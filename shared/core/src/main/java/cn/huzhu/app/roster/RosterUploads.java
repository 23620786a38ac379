package cn.huzhu.app.roster;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.view.BatchView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Sizes;
import cn.huzhu.domain.enrollment.Attachment;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.roster.ImportBatch;

/**
 * 人员清单导入 and 批量导入人员清单: a batch is opened and the browser gets a presigned URL for the file; the S3
 * notification then starts the import. Also the batch list and the failed-rows download.
 */
public final class RosterUploads {
    public static final String KEY_PREFIX = "rosters/";
    public static final Duration URL_LIFETIME = Duration.ofMinutes(15);
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xls", "application/vnd.ms-excel");

    private final EnrollmentAccess access;
    private final BatchStore batches;
    private final FileStore files;
    private final SettingsStore settings;
    private final Ids ids;
    private final Clock clock;

    public record Request(List<String> planCodes, String fileName, Long size) {
    }

    public record Ticket(BatchView batch, String uploadUrl, Map<String, String> headers) {
    }

    public RosterUploads(EnrollmentAccess access, BatchStore batches, FileStore files, SettingsStore settings, Ids ids,
            Clock clock) {
        this.access = access;
        this.batches = batches;
        this.files = files;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public Ticket requestUpload(Caller caller, String enrollmentId, Request request) {
        Enrollment enrollment = access.loadEditable(caller, enrollmentId);
        Set<String> planCodes = new LinkedHashSet<>(request.planCodes() == null ? List.of() : request.planCodes());
        if (planCodes.isEmpty()) {
            throw DomainException.invalid("PLANS_REQUIRED", "请选择要导入人员的保障活动");
        }
        planCodes.forEach(enrollment::requirePlan);
        String extension = extension(request.fileName());
        long limit = settings.get(enrollment.orgCode()).limits().rosterMaxBytes();
        long size = request.size() == null ? 0 : request.size();
        if (size <= 0) {
            throw DomainException.invalid("FILE_EMPTY", "文件是空的，请选择填写好的人员清单");
        }
        if (size > limit) {
            throw DomainException.invalid("FILE_TOO_LARGE", "文件大小超过" + Sizes.describe(limit) + "，请拆分后分批上传");
        }
        refuseWhileImporting(enrollmentId, planCodes);
        String batchId = ids.next();
        String key = KEY_PREFIX + enrollmentId + "/" + batchId + "." + extension;
        ImportBatch batch = ImportBatch.waiting(enrollmentId, batchId, new ArrayList<>(planCodes),
                request.fileName().trim(), key, size, clock.instant(), caller.username());
        batches.create(batch);
        FileStore.Upload upload = files.presignUpload(Bucket.UPLOADS, key, CONTENT_TYPES.get(extension), size, URL_LIFETIME);
        return new Ticket(view(batch, enrollment), upload.url().toString(), upload.headers());
    }

    public List<BatchView> list(Caller caller, String enrollmentId) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        return batches.forEnrollment(enrollmentId).stream().filter(batch -> batch.status() != ImportBatch.Status.WAITING
                || batch.createdAt().plus(URL_LIFETIME).isAfter(clock.instant()))
                .map(batch -> view(batch, enrollment)).toList();
    }

    public BatchView get(Caller caller, String enrollmentId, String batchId) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        return view(find(enrollmentId, batchId), enrollment);
    }

    private BatchView view(ImportBatch batch, Enrollment enrollment) {
        ImportBatch shown = batch.stalled(clock.instant()) ? batch.shownAsStalled() : batch;
        List<String> names = shown.planCodes().stream()
                .map(code -> enrollment.plan(code).map(row -> row.plan().name()).orElse(code)).toList();
        return BatchView.of(shown, names);
    }

    public URI failedRowsUrl(Caller caller, String enrollmentId, String batchId) {
        access.load(caller, enrollmentId);
        ImportBatch batch = find(enrollmentId, batchId);
        if (batch.failedRowsKey() == null) {
            throw DomainException.notFound("NO_FAILED_ROWS", "该批次没有导入失败的人员");
        }
        return files.presignDownload(Bucket.GENERATED, batch.failedRowsKey(), "导入失败人员-" + baseName(batch.fileName()) + ".xlsx",
                Duration.ofMinutes(5));
    }

    private void refuseWhileImporting(String enrollmentId, Set<String> planCodes) {
        boolean busy = batches.forEnrollment(enrollmentId).stream().anyMatch(batch -> batch.importing(clock.instant())
                && batch.planCodes().stream().anyMatch(planCodes::contains));
        if (busy) {
            throw DomainException.conflict("IMPORT_RUNNING", "该保障活动的人员清单正在导入，请等导入完成后再上传");
        }
    }

    private ImportBatch find(String enrollmentId, String batchId) {
        return batches.find(enrollmentId, batchId)
                .orElseThrow(() -> DomainException.notFound("BATCH_NOT_FOUND", "导入批次不存在"));
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (name.length() > Attachment.NAME_MAX) {
            throw DomainException.invalid("FILE_NAME_TOO_LONG", "文件名不能超过" + Attachment.NAME_MAX + "个字，请改短后再上传");
        }
        if (name.endsWith(".xlsx")) {
            return "xlsx";
        }
        if (name.endsWith(".xls")) {
            return "xls";
        }
        throw DomainException.invalid("FILE_TYPE_NOT_ALLOWED", "只能上传Excel文件（.xlsx或.xls）");
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
