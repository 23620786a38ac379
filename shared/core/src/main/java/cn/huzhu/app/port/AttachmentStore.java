package cn.huzhu.app.port;

import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.enrollment.Attachment;

public interface AttachmentStore {
    void put(Attachment attachment);

    Optional<Attachment> find(String enrollmentId, String attachmentId);

    List<Attachment> forEnrollment(String enrollmentId);

    void delete(String enrollmentId, String attachmentId);
}
