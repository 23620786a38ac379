package cn.huzhu.app.enrollment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.huzhu.app.Ids;
import cn.huzhu.app.port.AttachmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.view.AttachmentView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Attachment;
import cn.huzhu.domain.enrollment.Enrollment;

/**
 * Step ③ attachments: the browser uploads straight to S3 with a presigned URL, then says it is done; the file's first
 * bytes must then prove it is a PDF, JPG or PNG, or it is thrown away.
 */
public final class Attachments {
    public static final Duration URL_LIFETIME = Duration.ofMinutes(15);

    private final EnrollmentAccess access;
    private final AttachmentStore attachments;
    private final FileStore files;
    private final SettingsStore settings;
    private final Ids ids;
    private final Clock clock;

    public record UploadTicket(AttachmentView attachment, String uploadUrl, java.util.Map<String, String> headers) {
    }

    public Attachments(EnrollmentAccess access, AttachmentStore attachments, FileStore files, SettingsStore settings,
            Ids ids, Clock clock) {
        this.access = access;
        this.attachments = attachments;
        this.files = files;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    /** A draft's or returned business's attachment, or, once its cover is recorded, a 信息更正's proof. */
    public UploadTicket requestUpload(Caller caller, String enrollmentId, String fileName, Long size) {
        Enrollment enrollment = loadForUpload(caller, enrollmentId);
        long limit = settings.get(enrollment.orgCode()).limits().attachmentMaxBytes();
        Attachment.Kind kind = Attachment.checkUpload(fileName, size == null ? 0 : size, limit);
        String id = ids.next();
        String key = "attachments/" + enrollmentId + "/" + id;
        Attachment attachment = new Attachment(enrollmentId, id, fileName.trim(), kind, size, key, false, clock.instant());
        attachments.put(attachment);
        FileStore.Upload upload = files.presignUpload(Bucket.UPLOADS, key, kind.contentType(), size, URL_LIFETIME);
        return new UploadTicket(AttachmentView.of(attachment), upload.url().toString(), upload.headers());
    }

    public AttachmentView complete(Caller caller, String enrollmentId, String attachmentId) {
        loadForUpload(caller, enrollmentId);
        Attachment attachment = find(enrollmentId, attachmentId);
        Long stored = files.size(Bucket.UPLOADS, attachment.fileKey()).orElseThrow(() ->
                DomainException.conflict("ATTACHMENT_NOT_UPLOADED", "附件尚未上传完成，请重新上传"));
        byte[] head = stored > 0 ? files.head(Bucket.UPLOADS, attachment.fileKey(), 8) : new byte[0];
        if (stored != attachment.size() || !attachment.kind().startsLike(head)) {
            files.delete(Bucket.UPLOADS, attachment.fileKey());
            attachments.delete(enrollmentId, attachmentId);
            throw DomainException.invalid("ATTACHMENT_CONTENT_INVALID", "文件内容不是有效的PDF、JPG或PNG，已删除，请重新上传");
        }
        Attachment done = new Attachment(enrollmentId, attachmentId, attachment.fileName(), attachment.kind(),
                attachment.size(), attachment.fileKey(), true, attachment.createdAt());
        attachments.put(done);
        return AttachmentView.of(done);
    }

    private Enrollment loadForUpload(Caller caller, String enrollmentId) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        if (!enrollment.state().editableByUnit()) {
            enrollment.requireCoverRecorded();
        }
        return enrollment;
    }

    public List<AttachmentView> list(Caller caller, String enrollmentId) {
        access.load(caller, enrollmentId);
        return attachments.forEnrollment(enrollmentId).stream().filter(Attachment::uploaded).map(AttachmentView::of).toList();
    }

    /**
     * A short-lived link to the attachment: to save it, or ({@code view}) to show it in the browser, served as the type
     * its content was checked to be (a PDF, PNG or JPG), never as whatever its name claims.
     */
    public URI url(Caller caller, String enrollmentId, String attachmentId, boolean view) {
        access.load(caller, enrollmentId);
        Attachment attachment = find(enrollmentId, attachmentId);
        if (!attachment.uploaded()) {
            throw DomainException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在");
        }
        return view ? files.presignView(Bucket.UPLOADS, attachment.fileKey(), attachment.fileName(),
                attachment.kind().contentType(), Duration.ofMinutes(5))
                : files.presignDownload(Bucket.UPLOADS, attachment.fileKey(), attachment.fileName(), Duration.ofMinutes(5));
    }

    public void delete(Caller caller, String enrollmentId, String attachmentId) {
        access.loadEditable(caller, enrollmentId);
        Attachment attachment = find(enrollmentId, attachmentId);
        files.delete(Bucket.UPLOADS, attachment.fileKey());
        attachments.delete(enrollmentId, attachmentId);
    }

    private Attachment find(String enrollmentId, String attachmentId) {
        return attachments.find(enrollmentId, attachmentId)
                .orElseThrow(() -> DomainException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在"));
    }
}
