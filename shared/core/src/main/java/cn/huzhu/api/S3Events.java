package cn.huzhu.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The objects an S3 event notification reports as created in one bucket; other events and buckets are ignored. */
public final class S3Events {
    private static final Log LOG = Log.of(S3Events.class);

    /** One created object: its key decoded from the event's URL form. */
    public record Created(String key, long size, String eTag) {
    }

    private S3Events() {
    }

    public static List<Created> created(JsonNode event, String bucket) {
        List<Created> objects = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            JsonNode s3 = record.path("s3");
            String source = s3.path("bucket").path("name").asText();
            if (!record.path("eventName").asText().startsWith("ObjectCreated") || !bucket.equals(source)) {
                LOG.warn("event ignored", "eventName", record.path("eventName").asText(), "bucket", source);
                continue;
            }
            JsonNode object = s3.path("object");
            objects.add(new Created(URLDecoder.decode(object.path("key").asText(), StandardCharsets.UTF_8),
                    object.path("size").asLong(), object.path("eTag").asText("")));
        }
        return objects;
    }
}
