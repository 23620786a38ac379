package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.MailLog;

/** Sent mail: in the enrollment's partition, SK MAIL#id (ids sort by time). */
public final class DynamoMailLog implements MailLog {
    private final DynamoTable table;

    public DynamoMailLog(DynamoTable table) {
        this.table = table;
    }

    record MailItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String enrollmentId, String id,
            String kind, String to, String subject, String body, String status, String error, String messageId,
            int attempts, String createdAt, String updatedAt) {
        Entry toEntry() {
            return new Entry(enrollmentId, id, kind, to, subject, body, Status.valueOf(status), error, messageId,
                    attempts, Times.instant(createdAt), Times.instant(updatedAt));
        }
    }

    @Override
    public void put(Entry e) {
        table.put(new MailItem("ENR#" + e.enrollmentId(), "MAIL#" + e.id(), e.enrollmentId(), e.id(), e.kind(), e.to(),
                e.subject(), e.body(), e.status().name(), e.error(), e.messageId(), e.attempts(),
                Times.text(e.createdAt()), Times.text(e.updatedAt())));
    }

    @Override
    public Optional<Entry> find(String enrollmentId, String id) {
        return table.get("ENR#" + enrollmentId, "MAIL#" + id, MailItem.class).map(MailItem::toEntry);
    }

    @Override
    public List<Entry> forEnrollment(String enrollmentId) {
        List<Entry> entries = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", "ENR#" + enrollmentId).sortBeginsWith("SK", "MAIL#").build(), MailItem.class,
                item -> entries.add(item.toEntry()));
        return entries;
    }
}
