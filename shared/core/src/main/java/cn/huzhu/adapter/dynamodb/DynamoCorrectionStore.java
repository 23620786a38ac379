package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.invoice.ReceiptCorrection;
import cn.huzhu.domain.invoice.ReceiptPayer;
import cn.huzhu.domain.invoice.TaxIdType;

/**
 * Receipt corrections in their enrollment's partition, SK {@code RECCORR#<票据代码>-<票据号码>}; an open 换开 request is
 * also in GSI1 under {@code RECREQ#<org>} by the time it was asked.
 */
public final class DynamoCorrectionStore implements CorrectionStore {
    private final DynamoTable table;

    public DynamoCorrectionStore(DynamoTable table) {
        this.table = table;
    }

    record CorrectionItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk, String enrollmentId,
            String orgCode, String code, String number, String status, String reason, String title, String taxIdType,
            String taxId, String email, String otherInfo, String redCode, String redNumber, String replacementCode,
            String replacementNumber, String requestedBy, String requestedAt, String decidedBy, String decidedAt,
            String refusal, long version) {

        static CorrectionItem of(ReceiptCorrection c, long version) {
            ReceiptPayer p = c.corrected();
            boolean open = c.status() == ReceiptCorrection.Status.REQUESTED;
            return new CorrectionItem("ENR#" + c.enrollmentId(), sortKey(c.code(), c.number()),
                    open ? "RECREQ#" + c.orgCode() : null, open ? Times.text(c.requestedAt()) : null, c.enrollmentId(),
                    c.orgCode(), c.code(), c.number(), c.status().name(), c.reason(), p == null ? null : p.title(),
                    p == null || p.taxIdType() == null ? null : p.taxIdType().name(), p == null ? null : p.taxId(),
                    p == null ? null : p.email(), p == null ? null : p.otherInfo(), c.redCode(), c.redNumber(),
                    c.replacementCode(), c.replacementNumber(), c.requestedBy(), Times.text(c.requestedAt()),
                    c.decidedBy(), Times.text(c.decidedAt()), c.refusal(), version);
        }

        ReceiptCorrection toCorrection() {
            ReceiptPayer payer = title == null ? null : new ReceiptPayer(title,
                    taxIdType == null ? null : TaxIdType.valueOf(taxIdType), taxId, email, otherInfo);
            return new ReceiptCorrection(enrollmentId, orgCode, code, number, ReceiptCorrection.Status.valueOf(status),
                    reason, payer, redCode, redNumber, replacementCode, replacementNumber, requestedBy,
                    Times.instant(requestedAt), decidedBy, Times.instant(decidedAt), refusal, version);
        }
    }

    static String sortKey(String code, String number) {
        return "RECCORR#" + code + "-" + number;
    }

    @Override
    public Optional<ReceiptCorrection> find(String enrollmentId, String code, String number) {
        return table.get("ENR#" + enrollmentId, sortKey(code, number), CorrectionItem.class).map(CorrectionItem::toCorrection);
    }

    @Override
    public List<ReceiptCorrection> of(String enrollmentId) {
        List<ReceiptCorrection> found = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ENR#" + enrollmentId).sortBeginsWith("SK", "RECCORR#").build(),
                CorrectionItem.class, item -> found.add(item.toCorrection()));
        return found;
    }

    @Override
    public Optional<ReceiptCorrection> save(ReceiptCorrection correction) {
        long expected = correction.version();
        long next = Math.max(expected, 0) + 1;
        try {
            table.putVersioned(CorrectionItem.of(correction, next), expected < 1 ? null : expected);
            return Optional.of(correction.stored(next));
        } catch (DomainException concurrent) {
            return Optional.empty();
        }
    }

    @Override
    public List<ReceiptCorrection> requests(String orgCode, int limit) {
        return table.query(Query.on(DynamoTable.GSI1, "GSI1PK", "RECREQ#" + orgCode).limit(limit).build(),
                CorrectionItem.class).items().stream().map(CorrectionItem::toCorrection).toList();
    }

    @Override
    public long countRequests(String orgCode) {
        return table.count(Query.on(DynamoTable.GSI1, "GSI1PK", "RECREQ#" + orgCode).build());
    }
}
