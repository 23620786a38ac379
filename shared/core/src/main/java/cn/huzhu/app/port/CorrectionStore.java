package cn.huzhu.app.port;

import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.invoice.ReceiptCorrection;

/** What became of receipts (红冲, 换开, requests), beside their enrollment. */
public interface CorrectionStore {
    Optional<ReceiptCorrection> find(String enrollmentId, String code, String number);

    List<ReceiptCorrection> of(String enrollmentId);

    /**
     * Writes the correction if the stored one still has its version (0 or less: none stored) and returns it as stored,
     * with its new version; empty when another came first.
     */
    java.util.Optional<ReceiptCorrection> save(ReceiptCorrection correction);

    /** The org's 换开 requests waiting for finance, oldest first. */
    List<ReceiptCorrection> requests(String orgCode, int limit);

    /** How many 换开 requests of the org wait for finance. */
    long countRequests(String orgCode);
}
