package cn.huzhu.app.view;

import java.time.Instant;

import cn.huzhu.domain.enrollment.Attachment;

public record AttachmentView(String id, String fileName, String kind, long size, boolean uploaded, Instant createdAt) {
    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.fileName(), a.kind().name(), a.size(), a.uploaded(), a.createdAt());
    }
}
