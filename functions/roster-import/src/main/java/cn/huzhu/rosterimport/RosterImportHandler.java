package cn.huzhu.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.adapter.excel.FailedRowsWorkbook;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.api.Log;
import cn.huzhu.app.roster.ImportRoster;
import cn.huzhu.domain.identity.PersonKeys;

/**
 * Triggered by S3 ObjectCreated under rosters/ in the upload bucket: imports each uploaded roster. A failure other
 * than a refused file is thrown, so Lambda delivers the event again; the import is idempotent per object.
 */
public final class RosterImportHandler implements RequestStreamHandler {
    private static final Log LOG = Log.of(RosterImportHandler.class);

    private final ImportRoster importRoster;
    private final String uploadBucket;

    public RosterImportHandler() {
        this(Env.system());
    }

    public RosterImportHandler(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        this.importRoster = new ImportRoster(stores.batches, stores.enrollments, stores.members, stores.coverage,
                S3FileStore.create(aws), stores.idempotency, stores.settings, new ExcelRosterReader(),
                new FailedRowsWorkbook(), new PersonKeys(env.require("PERSON_KEY_SECRET")), clock);
        this.uploadBucket = env.require("UPLOAD_BUCKET");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        List<ImportRoster.Outcome> outcomes = handle(Json.tree(input));
        Json.MAPPER.writeValue(output, outcomes);
    }

    public List<ImportRoster.Outcome> handle(JsonNode event) {
        List<ImportRoster.Outcome> outcomes = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            JsonNode s3 = record.path("s3");
            String bucket = s3.path("bucket").path("name").asText();
            if (!record.path("eventName").asText().startsWith("ObjectCreated") || !uploadBucket.equals(bucket)) {
                LOG.warn("event ignored", "eventName", record.path("eventName").asText(), "bucket", bucket);
                continue;
            }
            String key = URLDecoder.decode(s3.path("object").path("key").asText(), StandardCharsets.UTF_8);
            outcomes.add(importRoster.onObjectCreated(key, s3.path("object").path("size").asLong(),
                    s3.path("object").path("eTag").asText("")));
        }
        return outcomes;
    }
}
