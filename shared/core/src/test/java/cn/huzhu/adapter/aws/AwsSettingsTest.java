package cn.huzhu.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.api.Env;

/** Where a service is reached: the endpoint variables first, else the region's own endpoint in its partition. */
class AwsSettingsTest {
    private static AwsSettings in(Map<String, String> variables) {
        return new AwsSettings(new Env(variables));
    }

    @Test
    void aRegionsEndpointLiesInItsPartition() {
        assertThat(in(Map.of("AWS_REGION", "cn-north-1")).endpoint("S3", "s3"))
                .isEqualTo(URI.create("https://s3.cn-north-1.amazonaws.com.cn"));
        assertThat(in(Map.of("AWS_REGION", "ap-northeast-1")).endpoint("SESV2", "email"))
                .isEqualTo(URI.create("https://email.ap-northeast-1.amazonaws.com"));
    }

    @Test
    void theServicesOwnVariableWinsOverTheCommonOneAndBothOverTheRegion() {
        Map<String, String> both = Map.of("AWS_REGION", "cn-north-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000");
        assertThat(in(both).endpoint("S3", "s3")).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(in(both).endpoint("SESV2", "email")).isEqualTo(URI.create("http://127.0.0.1:4566"));
    }
}
