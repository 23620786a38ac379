package cn.huzhu.adapter.dynamodb;

import java.time.Clock;
import java.time.Duration;

import cn.huzhu.adapter.aws.AwsSettings;

/** Every DynamoDB-backed store over the one table; plain objects, built once per container. */
public final class DynamoStores {
    public final DynamoTable table;
    public final DynamoAccountStore accounts;
    public final DynamoUnitStore units;
    public final DynamoCatalogStore catalog;
    public final DynamoEnrollmentStore enrollments;
    public final DynamoInvoiceStore invoices;
    public final DynamoMemberStore members;
    public final DynamoBatchStore batches;
    public final DynamoCoverageStore coverage;
    public final DynamoAttachmentStore attachments;
    public final DynamoMailLog mails;
    public final DynamoSequenceStore sequences;
    public final DynamoSerialNumbers serials;
    public final DynamoSettingsStore settings;
    public final DynamoIdempotencyStore idempotency;
    public final DynamoUsedNonces nonces;
    public final DynamoRevokedSessions revokedSessions;
    public final DynamoReceiptBook receipts;
    public final DynamoRateLimiter rateLimiter;
    public final DynamoArrivalStore arrivals;
    public final DynamoCorrectionStore corrections;
    public final DynamoChangeLog changes;
    public final DynamoLookupLog lookups;
    public final DynamoMemberCorrectionStore memberCorrections;
    public final DynamoClaimStore claims;

    public DynamoStores(DynamoTable table, Clock clock) {
        this(table, clock, Duration.ofSeconds(60));
    }

    public DynamoStores(DynamoTable table, Clock clock, Duration settingsCache) {
        this.table = table;
        this.accounts = new DynamoAccountStore(table);
        this.units = new DynamoUnitStore(table);
        this.catalog = new DynamoCatalogStore(table);
        this.claims = new DynamoClaimStore(table);
        this.enrollments = new DynamoEnrollmentStore(table);
        this.invoices = new DynamoInvoiceStore(table);
        this.members = new DynamoMemberStore(table);
        this.batches = new DynamoBatchStore(table);
        this.coverage = new DynamoCoverageStore(table);
        this.attachments = new DynamoAttachmentStore(table);
        this.mails = new DynamoMailLog(table);
        this.sequences = new DynamoSequenceStore(table);
        this.serials = new DynamoSerialNumbers(table);
        this.settings = new DynamoSettingsStore(table, clock, settingsCache);
        this.idempotency = new DynamoIdempotencyStore(table, clock);
        this.nonces = new DynamoUsedNonces(table);
        this.revokedSessions = new DynamoRevokedSessions(table);
        this.receipts = new DynamoReceiptBook(table);
        this.rateLimiter = new DynamoRateLimiter(table, clock);
        this.arrivals = new DynamoArrivalStore(table);
        this.corrections = new DynamoCorrectionStore(table);
        this.changes = new DynamoChangeLog(table);
        this.lookups = new DynamoLookupLog(table);
        this.memberCorrections = new DynamoMemberCorrectionStore(table);
    }

    /** Settings are cached for SETTINGS_CACHE_SECONDS (60 when unset). */
    public static DynamoStores create(AwsSettings aws, Clock clock) {
        Duration cache = Duration.ofSeconds(Long.parseLong(aws.env().get("SETTINGS_CACHE_SECONDS", "60")));
        return new DynamoStores(DynamoTable.create(aws), clock, cache);
    }
}
