package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.BatchStore;
import cn.huzhu.domain.roster.ImportBatch;

/** Import batches: in the enrollment's partition, SK BATCH#id (ids sort by time). */
public final class DynamoBatchStore implements BatchStore {
    private final DynamoTable table;

    public DynamoBatchStore(DynamoTable table) {
        this.table = table;
    }

    record BatchItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String enrollmentId, String id,
            List<String> planCodes, String templateName, String fileName, String fileKey, long fileSize, String status,
            int total, int succeeded, int failed, int processed, String message, String failedRowsKey,
            String createdAt, String finishedAt, String createdBy, Long version) {

        static BatchItem of(ImportBatch b, long version) {
            return new BatchItem("ENR#" + b.enrollmentId(), "BATCH#" + b.id(), b.enrollmentId(), b.id(), b.planCodes(),
                    b.templateName(), b.fileName(), b.fileKey(), b.fileSize(), b.status().name(), b.total(),
                    b.succeeded(), b.failed(), b.processed(), b.message(), b.failedRowsKey(), Times.text(b.createdAt()),
                    Times.text(b.finishedAt()), b.createdBy(), version);
        }

        ImportBatch toBatch() {
            return new ImportBatch(enrollmentId, id, planCodes, templateName, fileName, fileKey, fileSize,
                    ImportBatch.Status.valueOf(status), total, succeeded, failed, processed, message == null ? "" : message,
                    failedRowsKey, Times.instant(createdAt), Times.instant(finishedAt), createdBy, version);
        }
    }

    @Override
    public ImportBatch create(ImportBatch batch) {
        BatchItem item = BatchItem.of(batch, 1);
        table.putVersioned(item, null);
        return item.toBatch();
    }

    @Override
    public ImportBatch update(ImportBatch batch) {
        long next = batch.version() + 1;
        BatchItem item = BatchItem.of(batch, next);
        table.putVersioned(item, batch.version());
        return item.toBatch();
    }

    @Override
    public Optional<ImportBatch> find(String enrollmentId, String batchId) {
        return table.get("ENR#" + enrollmentId, "BATCH#" + batchId, BatchItem.class).map(BatchItem::toBatch);
    }

    @Override
    public List<ImportBatch> forEnrollment(String enrollmentId) {
        List<ImportBatch> batches = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ENR#" + enrollmentId).sortBeginsWith("SK", "BATCH#").build(),
                BatchItem.class, item -> batches.add(item.toBatch()));
        java.util.Collections.reverse(batches);
        return batches;
    }
}
