package cn.huzhu.domain.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One roster upload (导入批次) and what became of it.
 *
 * @param processed rows read so far while it runs (progress)
 * @param failedRowsKey where the failed-rows workbook was stored, when any row failed
 */
public record ImportBatch(
        String enrollmentId,
        String id,
        List<String> planCodes,
        String templateName,
        String fileName,
        String fileKey,
        long fileSize,
        Status status,
        int total,
        int succeeded,
        int failed,
        int processed,
        String message,
        String failedRowsKey,
        Instant createdAt,
        Instant finishedAt,
        String createdBy,
        Long version) {

    public static final String TEMPLATE_NAME = "参保人信息模板-通用";
    /** No import runs this long: a batch still "running" after it died with its function. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(20);

    public enum Status {
        WAITING("待上传"), RUNNING("导入中"), DONE("导入完成"), FAILED("导入失败");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ImportBatch {
        planCodes = List.copyOf(planCodes);
    }

    public static ImportBatch waiting(String enrollmentId, String id, List<String> planCodes, String fileName,
            String fileKey, long fileSize, Instant now, String createdBy) {
        return new ImportBatch(enrollmentId, id, planCodes, TEMPLATE_NAME, fileName, fileKey, fileSize, Status.WAITING,
                0, 0, 0, 0, "", null, now, null, createdBy, null);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Rows are being imported now: this holds up submitting, and uploading another file for the same plans. */
    public boolean importing(Instant now) {
        return status == Status.RUNNING && createdAt.plus(GIVE_UP_AFTER).isAfter(now);
    }

    /** Still "running" long after any import could have ended: its function died; the unit should upload again. */
    public boolean stalled(Instant now) {
        return status == Status.RUNNING && !importing(now);
    }

    /** How a stalled batch is shown: failed, with what to do. Nothing is stored by this. */
    public ImportBatch shownAsStalled() {
        return failedFile("导入未能完成（已超时），请重新上传该文件", null);
    }

    public ImportBatch running(int processedRows) {
        return running(processedRows, total);
    }

    /** Running, with the rows the first pass found (the progress bar's whole). */
    public ImportBatch running(int processedRows, int rowsInFile) {
        return new ImportBatch(enrollmentId, id, planCodes, templateName, fileName, fileKey, fileSize, Status.RUNNING,
                rowsInFile, succeeded, failed, processedRows, message, failedRowsKey, createdAt, finishedAt, createdBy,
                version);
    }

    public ImportBatch done(int totalRows, int ok, int bad, String failedKey, Instant now) {
        return new ImportBatch(enrollmentId, id, planCodes, templateName, fileName, fileKey, fileSize, Status.DONE,
                totalRows, ok, bad, totalRows, bad == 0 ? "" : bad + "行导入失败，请下载导入失败人员清单查看原因", failedKey,
                createdAt, now, createdBy, version);
    }

    /** The whole file was refused: nothing of it was stored. */
    public ImportBatch failedFile(String why, Instant now) {
        return new ImportBatch(enrollmentId, id, planCodes, templateName, fileName, fileKey, fileSize, Status.FAILED,
                0, 0, 0, processed, why, null, createdAt, now, createdBy, version);
    }
}
