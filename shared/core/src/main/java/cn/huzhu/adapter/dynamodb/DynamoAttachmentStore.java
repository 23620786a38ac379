package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.AttachmentStore;
import cn.huzhu.domain.enrollment.Attachment;

/** Attachments: in the enrollment's partition, SK ATT#id. */
public final class DynamoAttachmentStore implements AttachmentStore {
    private final DynamoTable table;

    public DynamoAttachmentStore(DynamoTable table) {
        this.table = table;
    }

    record AttachmentItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String enrollmentId, String id,
            String fileName, String kind, long size, String fileKey, boolean uploaded, String createdAt) {
        Attachment toAttachment() {
            return new Attachment(enrollmentId, id, fileName, Attachment.Kind.valueOf(kind), size, fileKey, uploaded,
                    Times.instant(createdAt));
        }
    }

    @Override
    public void put(Attachment a) {
        table.put(new AttachmentItem("ENR#" + a.enrollmentId(), "ATT#" + a.id(), a.enrollmentId(), a.id(), a.fileName(),
                a.kind().name(), a.size(), a.fileKey(), a.uploaded(), Times.text(a.createdAt())));
    }

    @Override
    public Optional<Attachment> find(String enrollmentId, String attachmentId) {
        return table.get("ENR#" + enrollmentId, "ATT#" + attachmentId, AttachmentItem.class)
                .map(AttachmentItem::toAttachment);
    }

    @Override
    public List<Attachment> forEnrollment(String enrollmentId) {
        List<Attachment> attachments = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ENR#" + enrollmentId).sortBeginsWith("SK", "ATT#").build(),
                AttachmentItem.class, item -> attachments.add(item.toAttachment()));
        return attachments;
    }

    @Override
    public void delete(String enrollmentId, String attachmentId) {
        table.delete("ENR#" + enrollmentId, "ATT#" + attachmentId);
    }
}
