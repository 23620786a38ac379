package cn.huzhu.app.port;

import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.roster.ImportBatch;

public interface BatchStore {
    /** Returns the batch as stored (with its first version). */
    ImportBatch create(ImportBatch batch);

    /** Optimistic: fails with CONFLICT when the batch changed since it was read. */
    ImportBatch update(ImportBatch batch);

    Optional<ImportBatch> find(String enrollmentId, String batchId);

    /** Newest first. */
    List<ImportBatch> forEnrollment(String enrollmentId);
}
