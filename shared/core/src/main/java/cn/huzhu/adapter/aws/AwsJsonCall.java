package cn.huzhu.adapter.aws;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Json;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * One operation of an AWS service that speaks JSON 1.1 (the operation named in X-Amz-Target), signed and sent like
 * the S3 and SES calls: Systems Manager parameters and Secrets Manager, read by every function at start.
 */
public final class AwsJsonCall {
    private final SignedHttp http;
    private final URI endpoint;
    private final String targetPrefix;

    /** @param service the endpoint variable's suffix (SSM, SECRETS_MANAGER); hostPrefix and signingName as AWS names them */
    public AwsJsonCall(AwsSettings aws, String service, String hostPrefix, String signingName, String targetPrefix) {
        this.http = aws.signedHttp(signingName);
        this.endpoint = aws.endpoint(service, hostPrefix);
        this.targetPrefix = targetPrefix;
    }

    public static AwsJsonCall ssm(AwsSettings aws) {
        return new AwsJsonCall(aws, "SSM", "ssm", "ssm", "AmazonSSM.");
    }

    public static AwsJsonCall secretsManager(AwsSettings aws) {
        return new AwsJsonCall(aws, "SECRETS_MANAGER", "secretsmanager", "secretsmanager", "secretsmanager.");
    }

    /** The answer of {@code operation} to this request; a refusal or an unreachable service is an exception. */
    public JsonNode call(String operation, Object request) {
        SdkHttpRequest http = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint.resolve("/"))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", targetPrefix + operation).build();
        SignedHttp.Response response = this.http.send(http, Json.bytes(request));
        if (!response.ok()) {
            throw new IllegalStateException(targetPrefix + operation + " answered " + response.status() + ": "
                    + response.text());
        }
        return Json.tree(response.body());
    }
}
