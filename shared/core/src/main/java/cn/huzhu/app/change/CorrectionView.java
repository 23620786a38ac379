package cn.huzhu.app.change;

import java.time.Instant;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.change.MemberCorrection;
import cn.huzhu.domain.identity.Masking;

/**
 * A 信息更正 request in a list: ID numbers masked. The old values ({@code wasName}, {@code wasIdNumberMasked}) and the
 * proof are shown to the office only.
 */
public record CorrectionView(String id, String enrollmentId, String applicationNo, String unitName, String name,
        String idNumberMasked, String changedFields, String reason, String status, String statusLabel,
        String requestedBy, Instant requestedAt, Instant decidedAt, String refusal, String wasName,
        String wasIdNumberMasked, String attachmentId) {

    public static CorrectionView of(MemberCorrection c, Role viewer) {
        boolean office = viewer != Role.UNIT;
        return new CorrectionView(c.id(), c.enrollmentId(), c.applicationNo(), c.unitName(), c.corrected().name(),
                Masking.idNumber(c.corrected().idNumber()), c.changedFields(), c.reason(), c.status().name(),
                c.status().label(), c.requestedBy(), c.requestedAt(), c.decidedAt(), c.refusal(),
                office ? c.was().name() : null, office ? Masking.idNumber(c.was().idNumber()) : null,
                office ? c.attachmentId() : null);
    }
}
