package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.emulators.Emulators;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * The runtime pointed at endpoints it did not start (as at LocalStack or AWS): it creates the template's resources
 * there, seeds, serves, and, since it cannot hear S3's notifications, finds new roster uploads by looking.
 */
class ExternalEndpointTest {

    @Test
    void runsAgainstEndpointsItDidNotStart() throws Exception {
        try (Emulators elsewhere = Emulators.start(ProjectRoot.find())) {
            Map<String, String> aws = new LinkedHashMap<>(elsewhere.awsEnvironment());
            aws.remove("AWS_REGION");
            try (LocalRuntime runtime = new LocalRuntime(new LocalRuntime.Options(0, null, "cn-north-1", true, Map.of(),
                    aws, Map.of("TokenKeys", "{\"current\":\"e2e\",\"e2e\":\"" + RunningSystem.TOKEN_SECRET + "\"}")))) {
                assertThat(runtime.emulators()).isNull();
                ApiClient unit = RunningSystem.client(runtime).login("unit1", "huzhu2025");
                String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                        .expect(201).body().path("id").asText();
                byte[] roster = RosterFiles.withTemplateHeader().person("外部", TestIds.man(LocalDate.of(1980, 1, 1), 1)).xlsx();
                JsonNode ticket = unit.post("/api/enrollments/" + id + "/roster-uploads",
                        Map.of("planCodes", List.of("ZY01"), "fileName", "a.xlsx", "size", roster.length)).expect(201).body();
                assertThat(ticket.path("uploadUrl").asText()).startsWith(elsewhere.s3Endpoint().toString());
                assertThat(ApiClient.upload(ticket, roster)).isEqualTo(200);
                JsonNode batch = unit.await("/api/enrollments/" + id + "/batches/" + ticket.path("batch").path("id").asText(),
                        b -> b.path("status").asText().equals("DONE"), Duration.ofSeconds(30));
                assertThat(batch.path("succeeded").asInt()).isEqualTo(1);
            }
        }
    }
}
