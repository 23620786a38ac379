package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.roster.ImportBatch;

/** A line of 导入批次列表. */
public record BatchView(String id, List<String> planCodes, List<String> planNames, String templateName,
        String fileName, String status, String statusLabel, int total, int succeeded, int failed, int processed,
        String message, boolean failedRowsAvailable, Instant createdAt, Instant finishedAt) {

    public static BatchView of(ImportBatch b, List<String> planNames) {
        return new BatchView(b.id(), b.planCodes(), planNames, b.templateName(), b.fileName(), b.status().name(),
                b.status().label(), b.total(), b.succeeded(), b.failed(), b.processed(), b.message(),
                b.failedRowsKey() != null, b.createdAt(), b.finishedAt());
    }
}
