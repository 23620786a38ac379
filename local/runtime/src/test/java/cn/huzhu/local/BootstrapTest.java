package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A new stack's first office login, made against the local runtime's DynamoDB as against AWS. */
class BootstrapTest {

    @Test
    void createsAReviewerWhoMustChooseAPasswordAndTheCatalog() {
        LocalRuntime system = RunningSystem.get();
        String username = "admin" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("table", system.deployment().resources().get("DataTable"));
        options.put("region", "cn-north-1");
        options.put("endpoint", system.emulators().dynamoEndpoint().toString());
        options.put("username", username);
        options.put("catalog", "true");
        Bootstrap.Result result = Bootstrap.run(options, Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local-secret"));

        ApiClient admin = RunningSystem.client().login(username, result.temporaryPassword());
        assertThat(admin.get("/api/auth/me").expect(200).body().path("role").asText()).isEqualTo("REVIEWER");
        assertThat(admin.get("/api/office/enrollments").expect(403).code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(Bootstrap.parse("--table", "T", "--catalog", "--username", "u")).containsEntry("catalog", "true")
                .containsEntry("username", "u");
    }
}
