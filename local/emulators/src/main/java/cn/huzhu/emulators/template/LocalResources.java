package cn.huzhu.emulators.template;

import static cn.huzhu.emulators.template.SamTemplate.list;
import static cn.huzhu.emulators.template.SamTemplate.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Creates the tables and buckets template.yaml declares, from the template's own definitions. */
public final class LocalResources {
    private final SamTemplate template;
    private final Intrinsics intrinsics;

    public LocalResources(SamTemplate template, Intrinsics intrinsics) {
        this.template = template;
        this.intrinsics = intrinsics;
    }

    /** Logical id → physical name of everything created. Existing tables and buckets are kept as they are. */
    public Map<String, String> create(DynamoDbClient dynamo, S3Client s3) {
        Map<String, String> created = new LinkedHashMap<>();
        for (String id : template.resourcesOfType("AWS::DynamoDB::Table")) {
            String name = intrinsics.physicalName(id);
            try {
                dynamo.createTable(tableRequest(name, template.properties(id)));
            } catch (ResourceInUseException exists) {
                // a persistent emulator or a real account already has it
            }
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
            created.put(id, name);
        }
        for (String id : template.resourcesOfType("AWS::S3::Bucket")) {
            String name = intrinsics.physicalName(id);
            try {
                s3.createBucket(r -> r.bucket(name));
            } catch (BucketAlreadyOwnedByYouException exists) {
                // already there
            } catch (S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
            created.put(id, name);
        }
        return created;
    }

    /** The CloudFormation table properties as a CreateTable call (capacity, recovery and encryption are AWS-side). */
    static CreateTableRequest tableRequest(String name, Map<String, Object> properties) {
        List<AttributeDefinition> attributes = list(properties.get("AttributeDefinitions")).stream().map(SamTemplate::map)
                .map(a -> AttributeDefinition.builder().attributeName(String.valueOf(a.get("AttributeName")))
                        .attributeType(String.valueOf(a.get("AttributeType"))).build())
                .toList();
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object value : list(properties.get("GlobalSecondaryIndexes"))) {
            Map<String, Object> index = map(value);
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(String.valueOf(index.get("IndexName")))
                    .keySchema(keys(index.get("KeySchema")))
                    .projection(Projection.builder()
                            .projectionType(String.valueOf(map(index.get("Projection")).get("ProjectionType"))).build())
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(attributes)
                .keySchema(keys(properties.get("KeySchema")))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keys(Object schema) {
        return list(schema).stream().map(SamTemplate::map)
                .map(k -> KeySchemaElement.builder().attributeName(String.valueOf(k.get("AttributeName")))
                        .keyType(String.valueOf(k.get("KeyType"))).build())
                .toList();
    }
}
