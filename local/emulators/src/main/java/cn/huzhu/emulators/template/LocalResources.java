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
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Creates the tables, buckets, secrets and parameters template.yaml declares, from the template's own definitions. */
public final class LocalResources {
    private final SamTemplate template;
    private final Intrinsics intrinsics;

    public LocalResources(SamTemplate template, Intrinsics intrinsics) {
        this.template = template;
        this.intrinsics = intrinsics;
    }

    /**
     * Logical id → physical name of everything created. Existing tables, buckets and secrets are kept as they are;
     * parameters are written as the template says now (a deploy writes them each time).
     *
     * @param secretValues values for secrets by logical id, instead of the ones their GenerateSecretString would make
     */
    public Map<String, String> create(DynamoDbClient dynamo, S3Client s3, SsmClient ssm, SecretsManagerClient secrets,
            Map<String, String> secretValues) {
        Map<String, String> created = new LinkedHashMap<>();
        for (String id : template.resourcesOfType("AWS::SecretsManager::Secret")) {
            if (!intrinsics.exists(id)) {
                continue;
            }
            String name = intrinsics.physicalName(id);
            String value = secretValues.containsKey(id) ? secretValues.get(id) : generated(template.properties(id));
            try {
                secrets.createSecret(r -> r.name(name).secretString(value));
            } catch (ResourceExistsException exists) {
                // kept data keeps its keys; a value given for this run replaces it
                if (secretValues.containsKey(id)) {
                    secrets.putSecretValue(r -> r.secretId(name).secretString(value));
                }
            }
            created.put(id, name);
        }
        for (String id : template.resourcesOfType("AWS::SSM::Parameter")) {
            Map<String, Object> properties = template.properties(id);
            String name = intrinsics.physicalName(id);
            String value = intrinsics.resolve(properties.get("Value"));
            ssm.putParameter(r -> r.name(name).value(value).type(String.valueOf(properties.get("Type"))).overwrite(true));
            created.put(id, name);
        }
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

    /** What CloudFormation's GenerateSecretString makes: random letters and digits, alone or under a key of a JSON template. */
    static String generated(Map<String, Object> properties) {
        Map<String, Object> generate = map(properties.get("GenerateSecretString"));
        Object length = generate.get("PasswordLength");
        String random = random(length instanceof Number n ? n.intValue() : 32);
        Object template = generate.get("SecretStringTemplate");
        if (template == null) {
            return random;
        }
        String json = String.valueOf(template).trim();
        String key = String.valueOf(generate.get("GenerateStringKey"));
        return json.substring(0, json.lastIndexOf('}')) + (json.contains(":") ? ", " : "") + "\"" + key + "\": \"" + random + "\"}";
    }

    private static String random(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
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
