package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Sizes;

/** A file a unit attaches to its enrollment (e.g. a stamped member list): PDF, JPG or PNG. */
public record Attachment(String enrollmentId, String id, String fileName, Kind kind, long size, String fileKey,
        boolean uploaded, Instant createdAt) {

    public static final int NAME_MAX = 100;

    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        JPG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String contentType;
        private final byte[] magic;

        Kind(String contentType, byte[] magic) {
            this.contentType = contentType;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }

        /** Whether a file's first bytes are those of this kind (the name alone proves nothing). */
        public boolean startsLike(byte[] head) {
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (head[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }

        public static Optional<Kind> ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".pdf")) {
                return Optional.of(PDF);
            }
            if (lower.endsWith(".png")) {
                return Optional.of(PNG);
            }
            if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
                return Optional.of(JPG);
            }
            return Optional.empty();
        }
    }

    public static Kind checkUpload(String fileName, long size, long maxBytes) {
        if (fileName == null || fileName.isBlank() || fileName.length() > NAME_MAX) {
            throw DomainException.invalid("ATTACHMENT_NAME_INVALID", "附件文件名不能为空且不超过" + NAME_MAX + "个字");
        }
        Kind kind = Kind.ofFileName(fileName).orElseThrow(() -> DomainException.invalid("ATTACHMENT_TYPE_NOT_ALLOWED",
                "附件只能是PDF、JPG或PNG文件"));
        if (size <= 0 || size > maxBytes) {
            throw DomainException.invalid("ATTACHMENT_TOO_LARGE", "附件大小不能超过" + Sizes.describe(maxBytes));
        }
        return kind;
    }
}
