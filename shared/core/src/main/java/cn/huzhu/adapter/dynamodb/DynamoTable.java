package cn.huzhu.adapter.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.api.Json;
import cn.huzhu.app.Parallel;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.common.DomainException;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.document.DocumentTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The application's one DynamoDB table, reached through the Enhanced Client's document API: items are small Jackson
 * records (see {@code *Item} classes) carrying their own keys. Conditional writes give idempotent creation and, with a
 * version attribute, optimistic locking.
 */
public final class DynamoTable {
    public static final String GSI1 = "GSI1";
    public static final String GSI2 = "GSI2";
    public static final String GSI3 = "GSI3";
    /** The attribute DynamoDB's time to live reads (epoch seconds); template.yaml names the same. */
    public static final String TTL_ATTRIBUTE = "expiresAtEpoch";
    /** Conditional puts in flight at once: one SDK client serves them all. */
    private static final int PARALLEL_PUTS = 8;
    private static final DocumentTableSchema SCHEMA = DocumentTableSchema.builder()
            .addIndexPartitionKey(TableMetadata.primaryIndexName(), "PK", AttributeValueType.S)
            .addIndexSortKey(TableMetadata.primaryIndexName(), "SK", AttributeValueType.S)
            .addIndexPartitionKey(GSI1, "GSI1PK", AttributeValueType.S)
            .addIndexSortKey(GSI1, "GSI1SK", AttributeValueType.S)
            .addIndexPartitionKey(GSI2, "GSI2PK", AttributeValueType.S)
            .addIndexSortKey(GSI2, "GSI2SK", AttributeValueType.S)
            .addIndexPartitionKey(GSI3, "GSI3PK", AttributeValueType.S)
            .addIndexSortKey(GSI3, "GSI3SK", AttributeValueType.S)
            .attributeConverterProviders(software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider.defaultProvider())
            .build();

    private final DynamoDbClient client;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<EnhancedDocument> table;
    private final String name;

    public DynamoTable(DynamoDbClient client, String name) {
        this.client = client;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.table = enhanced.table(name, SCHEMA);
        this.name = name;
    }

    /** The client and table named by TABLE_NAME, built once per container. */
    public static DynamoTable create(AwsSettings aws) {
        var builder = DynamoDbClient.builder()
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(aws.httpClient());
        aws.endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
        return new DynamoTable(builder.build(), aws.env().require("TABLE_NAME"));
    }

    public String name() {
        return name;
    }

    public DynamoDbClient client() {
        return client;
    }

    // --- single items -------------------------------------------------------------------------------------------

    public <T> Optional<T> get(String pk, String sk, Class<T> type) {
        EnhancedDocument document = table.getItem(r -> r.key(key(pk, sk)).consistentRead(true));
        return Optional.ofNullable(document).map(d -> fromDocument(d, type));
    }

    /** Writes the item, replacing any item with the same key. */
    public void put(Object item) {
        table.putItem(document(item));
    }

    /** Writes the item only if no item has its key; false when one existed. */
    public boolean insert(Object item) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(document(item))
                    .conditionExpression(Expression.builder().expression("attribute_not_exists(PK)").build()).build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    /** A write that must hold its own condition against the stored item, as batch writes cannot. */
    public record ConditionalPut(Object item, String condition, Map<String, AttributeValue> values) {
    }

    /**
     * Each put on its own, a few at a time since none can join a batch; a put whose condition fails changes nothing.
     * Returns how many were written.
     */
    public int putEachIf(List<ConditionalPut> puts) {
        if (puts.isEmpty()) {
            return 0;
        }
        ExecutorService writers = Executors.newFixedThreadPool(Math.min(PARALLEL_PUTS, puts.size()));
        try {
            List<Future<Boolean>> results = writers.invokeAll(puts.stream()
                    .<Callable<Boolean>>map(put -> () -> putIf(put.item(), put.condition(), Map.of(), put.values())).toList());
            int written = 0;
            for (Future<Boolean> result : results) {
                written += result.get() ? 1 : 0;
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    /** Writes the item only if the stored one (if any) meets the condition; false when it did not. */
    public boolean putIf(Object item, String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        Expression.Builder expression = Expression.builder().expression(condition);
        names.forEach(expression::putExpressionName);
        values.forEach(expression::putExpressionValue);
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(document(item))
                    .conditionExpression(expression.build()).build());
            return true;
        } catch (ConditionalCheckFailedException refused) {
            return false;
        }
    }

    /** Applies an update expression to an existing item when the condition holds; false when it did not. */
    public boolean update(String pk, String sk, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        try {
            client.updateItem(UpdateItemRequest.builder()
                    .tableName(name)
                    .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                    .updateExpression(expression)
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build());
            return true;
        } catch (ConditionalCheckFailedException refused) {
            return false;
        }
    }

    /** Sets a number attribute to {@code value} unless it already holds as much or more. */
    public void raise(String pk, String sk, String attribute, long value) {
        try {
            client.updateItem(UpdateItemRequest.builder()
                    .tableName(name)
                    .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                    .updateExpression("SET #a = :v")
                    .conditionExpression("attribute_not_exists(#a) OR #a < :v")
                    .expressionAttributeNames(Map.of("#a", attribute))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(value))))
                    .build());
        } catch (ConditionalCheckFailedException alreadyHigher) {
            // another writer raised it further: nothing to do
        }
    }

    /** Adds one to a counter that DynamoDB removes after {@code expiresAtEpochSecond} (TTL); returns the new value. */
    public long incrementExpiring(String pk, String sk, long expiresAtEpochSecond) {
        return Long.parseLong(client.updateItem(UpdateItemRequest.builder()
                .tableName(name)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                .updateExpression("ADD #n :one SET #ttl = :ttl")
                .expressionAttributeNames(Map.of("#n", "counter", "#ttl", TTL_ATTRIBUTE))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                        ":ttl", AttributeValue.fromN(Long.toString(expiresAtEpochSecond))))
                .returnValues(ReturnValue.UPDATED_NEW)
                .build()).attributes().get("counter").n());
    }

    /**
     * Optimistic write: the stored item must still carry {@code expectedVersion} (the item itself carries the next
     * one). With a null expected version the item must not exist yet.
     */
    public void putVersioned(Object item, Long expectedVersion) {
        Expression condition = expectedVersion == null
                ? Expression.builder().expression("attribute_not_exists(PK)").build()
                : Expression.builder().expression("#v = :v").putExpressionName("#v", "version")
                        .putExpressionValue(":v", AttributeValue.fromN(Long.toString(expectedVersion))).build();
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(document(item))
                    .conditionExpression(condition).build());
        } catch (ConditionalCheckFailedException changed) {
            throw DomainException.conflict("CONCURRENT_UPDATE", "数据已被修改，请刷新后重试");
        }
    }

    /** Deletes the item when the condition holds; false when it did not (or there was no item). */
    boolean deleteIf(String pk, String sk, String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        try {
            client.deleteItem(r -> r.tableName(name).key(ItemCodec.key(pk, sk)).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException refused) {
            return false;
        }
    }

    public void delete(String pk, String sk) {
        table.deleteItem(DeleteItemEnhancedRequest.builder().key(key(pk, sk)).build());
    }

    /** Writes the item, replacing any item with the same key; returns the item replaced, if any. */
    public <T> Optional<T> replace(Object item, Class<T> type) {
        var response = table.putItemWithResponse(PutItemEnhancedRequest.builder(EnhancedDocument.class)
                .item(document(item)).returnValues(ReturnValue.ALL_OLD).build());
        return Optional.ofNullable(response.attributes()).map(old -> fromDocument(old, type));
    }

    /** Deletes the item; returns what was deleted, or empty when nothing had the key. */
    public <T> Optional<T> remove(String pk, String sk, Class<T> type) {
        return Optional.ofNullable(table.deleteItem(DeleteItemEnhancedRequest.builder().key(key(pk, sk)).build()))
                .map(old -> fromDocument(old, type));
    }

    /** Atomically adds one to a counter item and returns the new value. */
    public long increment(String pk, String sk) {
        return Long.parseLong(client.updateItem(UpdateItemRequest.builder()
                .tableName(name)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                .updateExpression("ADD #n :one")
                .expressionAttributeNames(Map.of("#n", "counter"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW)
                .build()).attributes().get("counter").n());
    }

    // --- queries ------------------------------------------------------------------------------------------------

    /**
     * One page of a query. {@code index} null for the table itself. {@code cursor} comes from an earlier page of the
     * same query; a cursor naming another partition, or not a key of this index, is refused.
     */
    public <T> Page<T> query(Query query, Class<T> type) {
        RawPage page = queryRaw(query, query.cursor() == null ? null : Cursor.decode(query.cursor(), query));
        return new Page<>(page.items().stream().map(item -> fromItem(item, type)).toList(),
                page.last() == null ? null : Cursor.encode(page.last()), -1);
    }

    private record RawPage(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> last) {
    }

    private RawPage queryRaw(Query query, Map<String, AttributeValue> startKey) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(name)
                .keyConditionExpression(query.keyCondition())
                .expressionAttributeNames(query.names())
                .expressionAttributeValues(query.values())
                .scanIndexForward(query.ascending())
                .limit(query.limit())
                .exclusiveStartKey(startKey);
        if (query.index() != null) {
            request.indexName(query.index());
        } else {
            request.consistentRead(true);
        }
        if (query.filter() != null) {
            request.filterExpression(query.filter());
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> last;
        // with a filter, a page may come back short: read on until the page is full or the partition ends
        do {
            QueryResponse response = send(request.build(), startKey != null);
            items.addAll(response.items());
            last = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            request.exclusiveStartKey(last).limit(query.limit() - items.size());
        } while (last != null && items.size() < query.limit() && query.filter() != null);
        return new RawPage(items, last);
    }

    /** A start key DynamoDB refuses is a tampered cursor, said as such; anything else is ours. */
    private QueryResponse send(QueryRequest request, boolean fromCursor) {
        try {
            return client.query(request);
        } catch (DynamoDbException e) {
            if (fromCursor && e.statusCode() == 400) {
                throw DomainException.invalid("CURSOR_INVALID", "分页参数无效，请从第一页重新查询");
            }
            throw e;
        }
    }

    /**
     * One page over several partitions of one index at once (an org's enrollments in several states), merged in sort-key
     * order as the queries run (all ascending or all descending). The cursor remembers where each partition stands.
     */
    public <T> Page<T> queryMerged(List<Query> queries, String sortName, String cursor, int limit, Class<T> type) {
        return merged(queries, sortName, cursor, limit).map(item -> fromItem(item, type));
    }

    /** The partitions' pages read at once, then merged in sort-key order. */
    private Page<Map<String, AttributeValue>> merged(List<Query> queries, String sortName, String cursor, int limit) {
        List<String> positions = MergedCursor.decode(cursor, queries);
        List<Callable<RawPage>> reads = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            String position = positions.get(i);
            reads.add(() -> MergedCursor.DONE.equals(position) ? null
                    : queryRaw(query, position == null ? null : Cursor.decode(position, query)));
        }
        List<RawPage> pages = Parallel.all(reads);
        List<Map<String, AttributeValue>> candidates = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        boolean[] exhausted = new boolean[queries.size()];
        int[] read = new int[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            RawPage page = pages.get(i);
            if (page == null) {
                exhausted[i] = true;
                continue;
            }
            for (Map<String, AttributeValue> item : page.items()) {
                candidates.add(item);
                sources.add(i);
            }
            read[i] = page.items().size();
            exhausted[i] = page.last() == null;
        }
        boolean ascending = queries.get(0).ascending();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> {
            int bySort = candidates.get(a).get(sortName).s().compareTo(candidates.get(b).get(sortName).s());
            return ascending ? bySort : -bySort;
        });
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int[] taken = new int[queries.size()];
        List<String> next = new ArrayList<>(positions);
        for (int k : order.subList(0, Math.min(limit, order.size()))) {
            int source = sources.get(k);
            items.add(candidates.get(k));
            taken[source]++;
            next.set(source, Cursor.encode(keyOf(candidates.get(k), queries.get(source).index())));
        }
        boolean more = false;
        for (int i = 0; i < queries.size(); i++) {
            if (exhausted[i] && taken[i] == read[i]) {
                next.set(i, MergedCursor.DONE);
            }
            more |= !MergedCursor.DONE.equals(next.get(i));
        }
        return new Page<>(items, more ? MergedCursor.encode(next) : null, -1);
    }

    /** The attributes that make an item's position in an index: the table's keys and the index's. */
    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, String index) {
        Map<String, AttributeValue> key = new HashMap<>();
        for (String attribute : keyAttributes(index)) {
            key.put(attribute, item.get(attribute));
        }
        return key;
    }

    static List<String> keyAttributes(String index) {
        return index == null ? List.of("PK", "SK") : List.of("PK", "SK", index + "PK", index + "SK");
    }

    /** Every item of a query, page after page, handed to the consumer. */
    public <T> void queryAll(Query query, Class<T> type, Consumer<T> consumer) {
        String cursor = null;
        do {
            Page<T> page = query(query.withCursor(cursor), type);
            page.items().forEach(consumer);
            cursor = page.next();
        } while (cursor != null);
    }

    /**
     * Every item of the table whose key begins with {@code pkPrefix}, read by a parallel scan of {@code segments}
     * segments: for maintenance tools, never for a request.
     */
    public <T> void scanPrefix(String pkPrefix, int segments, Class<T> type, Consumer<T> consumer) {
        scan(pkPrefix, segments, item -> fromItem(item, type), consumer);
    }

    /** As {@link #scanPrefix(String, int, Class, Consumer)}, mapped by hand. */
    <T> void scanPrefix(String pkPrefix, int segments, ItemCodec<T> codec, Consumer<T> consumer) {
        scan(pkPrefix, segments, codec::decode, consumer);
    }

    private <T> void scan(String pkPrefix, int segments, java.util.function.Function<Map<String, AttributeValue>, T> mapping,
            Consumer<T> consumer) {
        ExecutorService readers = Executors.newFixedThreadPool(segments);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int mine = segment;
                running.add(readers.submit(() -> scanSegment(pkPrefix, mine, segments, mapping, consumer)));
            }
            for (Future<?> segment : running) {
                segment.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    private <T> void scanSegment(String pkPrefix, int segment, int segments,
            java.util.function.Function<Map<String, AttributeValue>, T> mapping, Consumer<T> consumer) {
        Map<String, AttributeValue> start = null;
        do {
            var response = client.scan(software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder().tableName(name)
                    .segment(segment).totalSegments(segments).consistentRead(true)
                    .filterExpression("begins_with(PK, :prefix)")
                    .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(pkPrefix)))
                    .exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> item : response.items()) {
                T value = mapping.apply(item);
                synchronized (consumer) {
                    consumer.accept(value);
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /** Counts the items of a query without reading them. */
    public long count(Query query) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(name)
                .keyConditionExpression(query.keyCondition())
                .expressionAttributeNames(query.names())
                .expressionAttributeValues(query.values())
                .select(Select.COUNT);
        if (query.index() != null) {
            request.indexName(query.index());
        }
        if (query.filter() != null) {
            request.filterExpression(query.filter());
        }
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = client.query(request.exclusiveStartKey(start).build());
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    // --- batches ------------------------------------------------------------------------------------------------

    /** Writes items 25 at a time, retrying what DynamoDB leaves unprocessed. */
    public void putAll(List<?> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<EnhancedDocument> chunk = items.subList(from, Math.min(from + 25, items.size())).stream()
                    .map(DynamoTable::document).toList();
            writeChunk(chunk, List.of());
        }
    }

    /** Deletes items 25 at a time by key. */
    public void deleteAll(List<Key> keys) {
        for (int from = 0; from < keys.size(); from += 25) {
            writeChunk(List.of(), keys.subList(from, Math.min(from + 25, keys.size())));
        }
    }

    private void writeChunk(List<EnhancedDocument> puts, List<Key> deletes) {
        List<EnhancedDocument> pendingPuts = puts;
        List<Key> pendingDeletes = deletes;
        Duration pause = Duration.ofMillis(20);
        while (!pendingPuts.isEmpty() || !pendingDeletes.isEmpty()) {
            WriteBatch.Builder<EnhancedDocument> batch = WriteBatch.builder(EnhancedDocument.class).mappedTableResource(table);
            pendingPuts.forEach(batch::addPutItem);
            pendingDeletes.forEach(batch::addDeleteItem);
            BatchWriteResult result = enhanced.batchWriteItem(BatchWriteItemEnhancedRequest.builder()
                    .addWriteBatch(batch.build()).build());
            pendingPuts = result.unprocessedPutItemsForTable(table);
            pendingDeletes = result.unprocessedDeleteItemsForTable(table);
            if (!pendingPuts.isEmpty() || !pendingDeletes.isEmpty()) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : pause.multipliedBy(2);
            }
        }
    }

    /** Reads items by key, 100 per request, several requests at a time; missing ones are simply absent from the answer. */
    public <T> List<T> getAll(List<Key> keys, Class<T> type) {
        List<List<T>> pieces = Parallel.all(Parallel.pieces(keys, 100).stream()
                .<Callable<List<T>>>map(piece -> () -> readPiece(piece, type)).toList());
        List<T> found = new ArrayList<>(keys.size());
        pieces.forEach(found::addAll);
        return found;
    }

    private <T> List<T> readPiece(List<Key> keys, Class<T> type) {
        List<T> found = new ArrayList<>();
        List<Key> pending = keys;
        while (!pending.isEmpty()) {
            ReadBatch.Builder<EnhancedDocument> batch = ReadBatch.builder(EnhancedDocument.class).mappedTableResource(table);
            pending.forEach(batch::addGetItem);
            var pages = enhanced.batchGetItem(BatchGetItemEnhancedRequest.builder().addReadBatch(batch.build()).build());
            List<Key> unprocessed = new ArrayList<>();
            pages.forEach(page -> {
                page.resultsForTable(table).forEach(document -> found.add(fromDocument(document, type)));
                unprocessed.addAll(page.unprocessedKeysForTable(table));
            });
            pending = unprocessed;
        }
        return found;
    }

    // --- items mapped by hand, many at once ---------------------------------------------------------------------

    /** Writes items 25 per request, the requests several at a time, retrying what DynamoDB leaves unprocessed. */
    <T> void putAll(List<T> items, ItemCodec<T> codec) {
        writeAll(items.stream().map(item -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(codec.encode(item)).build()).build()).toList());
    }

    /** Deletes items by key (PK and SK), 25 per request, several requests at a time. */
    void deleteAllKeys(List<Map<String, AttributeValue>> keys) {
        writeAll(keys.stream().map(key -> WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(key).build()).build()).toList());
    }

    private void writeAll(List<WriteRequest> requests) {
        Parallel.all(Parallel.pieces(requests, 25).stream().<Callable<Void>>map(piece -> () -> {
            writeRequests(piece);
            return null;
        }).toList());
    }

    private void writeRequests(List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> pending = Map.of(name, requests);
        Duration pause = Duration.ofMillis(20);
        while (!pending.isEmpty()) {
            BatchWriteItemResponse response = client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build());
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            if (!pending.isEmpty()) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Reads items by key (PK and SK), strongly consistent, 100 per request, several requests at a time; missing ones are
     * absent from the answer. {@code projection} names the attributes wanted (null for all).
     */
    <T> List<T> getAll(List<Map<String, AttributeValue>> keys, List<String> projection, ItemCodec<T> codec) {
        List<List<Map<String, AttributeValue>>> found = Parallel.all(Parallel.pieces(keys, 100).stream()
                .<Callable<List<Map<String, AttributeValue>>>>map(piece -> () -> readKeys(piece, projection)).toList());
        List<T> items = new ArrayList<>(keys.size());
        found.forEach(piece -> piece.forEach(item -> items.add(codec.decode(item))));
        return items;
    }

    private List<Map<String, AttributeValue>> readKeys(List<Map<String, AttributeValue>> keys, List<String> projection) {
        KeysAndAttributes.Builder wanted = KeysAndAttributes.builder().keys(keys).consistentRead(true);
        if (projection != null) {
            Map<String, String> names = new HashMap<>();
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < projection.size(); i++) {
                names.put("#p" + i, projection.get(i));
                placeholders.add("#p" + i);
            }
            wanted.projectionExpression(String.join(",", placeholders)).expressionAttributeNames(names);
        }
        Map<String, KeysAndAttributes> pending = Map.of(name, wanted.build());
        List<Map<String, AttributeValue>> items = new ArrayList<>(keys.size());
        Duration pause = Duration.ofMillis(20);
        while (!pending.isEmpty()) {
            BatchGetItemResponse response = client.batchGetItem(BatchGetItemRequest.builder().requestItems(pending).build());
            items.addAll(response.responses().getOrDefault(name, List.of()));
            pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            if (!pending.isEmpty()) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : pause.multipliedBy(2);
            }
        }
        return items;
    }

    /** One item by key, strongly consistent. */
    <T> Optional<T> get(String pk, String sk, ItemCodec<T> codec) {
        var response = client.getItem(r -> r.tableName(name).key(ItemCodec.key(pk, sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(codec.decode(response.item())) : Optional.empty();
    }

    /** Writes the item, replacing any with its key; returns the one replaced. */
    <T> Optional<T> replace(T item, ItemCodec<T> codec) {
        var response = client.putItem(r -> r.tableName(name).item(codec.encode(item)).returnValues(ReturnValue.ALL_OLD));
        return response.hasAttributes() && !response.attributes().isEmpty() ? Optional.of(codec.decode(response.attributes()))
                : Optional.empty();
    }

    /** Writes the item only when a stored one has its key and meets the condition; false when not. */
    <T> boolean replaceIf(T item, ItemCodec<T> codec, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        try {
            client.putItem(r -> r.tableName(name).item(codec.encode(item))
                    .conditionExpression("attribute_exists(PK) AND (" + condition + ")")
                    .expressionAttributeNames(names.isEmpty() ? null : names)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }

    /** Writes the item only if none has its key; false when one had. */
    <T> boolean insert(T item, ItemCodec<T> codec) {
        try {
            client.putItem(r -> r.tableName(name).item(codec.encode(item)).conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    /** Deletes the item; returns what was deleted. */
    <T> Optional<T> remove(String pk, String sk, ItemCodec<T> codec) {
        var response = client.deleteItem(r -> r.tableName(name).key(ItemCodec.key(pk, sk)).returnValues(ReturnValue.ALL_OLD));
        return response.hasAttributes() && !response.attributes().isEmpty() ? Optional.of(codec.decode(response.attributes()))
                : Optional.empty();
    }

    /** One page of a query, mapped by hand; the same cursors as {@link #query(Query, Class)}. */
    <T> Page<T> query(Query query, ItemCodec<T> codec) {
        RawPage page = queryRaw(query, query.cursor() == null ? null : Cursor.decode(query.cursor(), query));
        return new Page<>(page.items().stream().map(codec::decode).toList(),
                page.last() == null ? null : Cursor.encode(page.last()), -1);
    }

    /** Every item of a query, page after page, handed to the consumer in order. */
    <T> void queryAll(Query query, ItemCodec<T> codec, Consumer<T> consumer) {
        String cursor = null;
        do {
            Page<T> page = query(query.withCursor(cursor), codec);
            page.items().forEach(consumer);
            cursor = page.next();
        } while (cursor != null);
    }

    /** Every item of a query, raw, page after page; {@code attributes} names the ones wanted (null: all). */
    void queryProjected(Query query, List<String> attributes, Consumer<Map<String, AttributeValue>> consumer) {
        Map<String, String> names = new HashMap<>(query.names());
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; attributes != null && i < attributes.size(); i++) {
            names.put("#p" + i, attributes.get(i));
            placeholders.add("#p" + i);
        }
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = client.query(QueryRequest.builder().tableName(name)
                    .keyConditionExpression(query.keyCondition()).expressionAttributeNames(names)
                    .expressionAttributeValues(query.values()).consistentRead(query.index() == null ? true : null)
                    .indexName(query.index()).projectionExpression(attributes == null ? null : String.join(",", placeholders))
                    .exclusiveStartKey(start).build());
            response.items().forEach(consumer);
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /** One page merged over several partitions, as {@link #queryMerged(List, String, String, int, Class)}. */
    <T> Page<T> queryMerged(List<Query> queries, String sortName, String cursor, int limit, ItemCodec<T> codec) {
        return merged(queries, sortName, cursor, limit).map(codec::decode);
    }

    public static Key key(String pk, String sk) {
        return Key.builder().partitionValue(pk).sortValue(sk).build();
    }

    // --- mapping ------------------------------------------------------------------------------------------------

    static EnhancedDocument document(Object item) {
        return EnhancedDocument.fromJson(Json.write(item));
    }

    private static <T> T fromItem(Map<String, AttributeValue> item, Class<T> type) {
        return fromDocument(EnhancedDocument.fromAttributeValueMap(item), type);
    }

    static <T> T fromDocument(EnhancedDocument document, Class<T> type) {
        try {
            return Json.value(document.toJson(), type);
        } catch (RuntimeException e) {
            throw new IllegalStateException("stored item does not map to " + type.getSimpleName(), e);
        }
    }

    static void pause(Duration pause) {
        sleep(pause);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Page cursors: the last evaluated key as URL-safe base64 JSON (string attributes only). */
    static final class Cursor {
        private Cursor() {
        }

        static String encode(Map<String, AttributeValue> key) {
            Map<String, String> plain = new HashMap<>();
            key.forEach((attribute, value) -> plain.put(attribute, value.s()));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(plain));
        }

        /** The start key a cursor names: exactly the key attributes of the query's index, in the query's partition. */
        static Map<String, AttributeValue> decode(String cursor, Query query) {
            Map<String, String> plain;
            try {
                plain = Json.value(Base64.getUrlDecoder().decode(cursor), new TypeReference<Map<String, String>>() { });
            } catch (RuntimeException e) {
                throw invalid();
            }
            if (plain == null || !plain.keySet().equals(new java.util.HashSet<>(keyAttributes(query.index())))
                    || plain.values().stream().anyMatch(value -> value == null || value.isEmpty())
                    || !query.partitionValue().equals(plain.get(query.partitionName()))) {
                throw invalid();
            }
            Map<String, AttributeValue> key = new HashMap<>();
            plain.forEach((attribute, value) -> key.put(attribute, AttributeValue.fromS(value)));
            return key;
        }

        static DomainException invalid() {
            return DomainException.invalid("CURSOR_INVALID", "分页参数无效，请从第一页重新查询");
        }
    }

    /** A merged query's cursor: one position per partition (a page cursor, null before the first page, or done). */
    static final class MergedCursor {
        static final String DONE = "-";

        private MergedCursor() {
        }

        static String encode(List<String> positions) {
            List<String> plain = positions.stream().map(position -> position == null ? "" : position).toList();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(plain));
        }

        static List<String> decode(String cursor, List<Query> queries) {
            List<String> positions = new ArrayList<>();
            if (cursor == null) {
                queries.forEach(query -> positions.add(null));
                return positions;
            }
            List<String> plain;
            try {
                plain = Json.value(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<String>>() { });
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            if (plain == null || plain.size() != queries.size()) {
                throw Cursor.invalid();
            }
            plain.forEach(position -> positions.add(position.isEmpty() ? null : position));
            return positions;
        }
    }
}
