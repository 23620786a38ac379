package cn.huzhu.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.Configured;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.adapter.excel.BankStatementFiles;
import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.huzhu.adapter.excel.FailedRowsWorkbook;
import cn.huzhu.adapter.excel.RenewalRosterWorkbook;
import cn.huzhu.adapter.s3.S3FileStore;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.api.Log;
import cn.huzhu.api.S3Events;
import cn.huzhu.app.Ids;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.roster.ImportRoster;
import cn.huzhu.app.roster.RenewalRosters;
import cn.huzhu.app.statement.StatementImport;
import cn.huzhu.domain.identity.PersonKeys;

/**
 * Triggered by S3 ObjectCreated under rosters/ in the upload bucket: imports each uploaded roster; under jobs/renewal/
 * it first writes the rosters of a 续保 there; under statements/ it reads a bank statement into 到账记录 and matches
 * them (the one function that reads spreadsheets from the upload bucket). A failure other than a refused file is thrown, so Lambda delivers the
 * event again; the import is idempotent per object.
 */
public final class RosterImportHandler implements RequestStreamHandler {
    private final Configured<Wiring> wiring;

    /** The use cases and the bucket rosters arrive in, built from the configuration. */
    private record Wiring(ImportRoster importRoster, RenewalRosters renewals, StatementImport statements,
            String uploadBucket) {
        static Wiring of(Env env) {
            Clock clock = Clock.systemUTC();
            AwsSettings aws = new AwsSettings(env);
            DynamoStores stores = DynamoStores.create(aws, clock);
            FileStore files = S3FileStore.create(aws);
            ImportRoster importRoster = new ImportRoster(stores.batches, stores.enrollments, stores.members,
                    stores.coverage, files, stores.idempotency, stores.settings, new ExcelRosterReader(),
                    new FailedRowsWorkbook(), new PersonKeys(SecretKeyRing.of(aws, "PERSON_KEYS", "the person key ring")),
                    clock);
            StatementImport statements = new StatementImport(stores.arrivals, stores.enrollments, stores.invoices, files,
                    stores.settings, new BankStatementFiles(), new Ids(clock), clock);
            return new Wiring(importRoster, new RenewalRosters(files, stores.batches, stores.members,
                    new RenewalRosterWorkbook()), statements, env.require("UPLOAD_BUCKET"));
        }
    }

    public RosterImportHandler() {
        this(Env.system());
    }

    public RosterImportHandler(Env env) {
        this.wiring = new Configured<>(env, Wiring::of);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        try {
            Json.write(output, handle(Json.tree(input)));
        } finally {
            Log.requestId(null);
        }
    }

    public List<Object> handle(JsonNode event) {
        Wiring w = wiring.get();
        List<Object> outcomes = new ArrayList<>();
        for (S3Events.Created object : S3Events.created(event, w.uploadBucket())) {
            Log.objectKey(object.key());
            try {
                if (object.key().startsWith(StatementImport.KEY_PREFIX)) {
                    outcomes.add(w.statements().onObjectCreated(object.key()));
                } else if (object.key().startsWith(RenewalRosters.PREFIX)) {
                    w.renewals().onObjectCreated(object.key());
                    outcomes.add(ImportRoster.Outcome.RENEWAL_ROSTERS_WRITTEN);
                } else {
                    outcomes.add(w.importRoster().onObjectCreated(object.key(), object.size(), object.eTag()));
                }
            } finally {
                Log.objectKey(null);
            }
        }
        return outcomes;
    }
}
