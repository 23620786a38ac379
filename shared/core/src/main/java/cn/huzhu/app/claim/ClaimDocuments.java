package cn.huzhu.app.claim;

import java.net.URI;
import java.time.Duration;

import cn.huzhu.app.port.AttachmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Attachment;

/**
 * A claim's documents are seen through links that live five minutes, and only as documents of that claim: whoever may
 * see the claim (its unit, the claims and finance roles) may open them, nobody through another door.
 */
public final class ClaimDocuments {
    static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

    private final AttachmentStore attachments;
    private final FileStore files;

    public ClaimDocuments(AttachmentStore attachments, FileStore files) {
        this.attachments = attachments;
        this.files = files;
    }

    /** A short-lived link showing one of the claim's documents in the browser. */
    public URI link(Claim claim, String attachmentId) {
        boolean ofClaim = claim.documents().stream().anyMatch(d -> d.attachmentId().equals(attachmentId));
        Attachment a = (ofClaim ? attachments.find(claim.member().enrollmentId(), attachmentId) : java.util.Optional.<Attachment>empty())
                .orElseThrow(() -> DomainException.notFound("DOCUMENT_NOT_FOUND", "材料不存在"));
        return files.presignView(FileStore.Bucket.UPLOADS, a.fileKey(), a.fileName(), a.kind().contentType(), LINK_LIFETIME);
    }
}
