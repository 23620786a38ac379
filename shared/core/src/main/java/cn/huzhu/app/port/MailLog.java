package cn.huzhu.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every email the system sends, with its delivery result, kept beside the enrollment it is about. */
public interface MailLog {
    record Entry(String enrollmentId, String id, String kind, String to, String subject, String body, Status status,
            String error, String messageId, int attempts, Instant createdAt, Instant updatedAt) {
    }

    enum Status { PENDING, SENT, FAILED }

    void put(Entry entry);

    Optional<Entry> find(String enrollmentId, String id);

    List<Entry> forEnrollment(String enrollmentId);
}
