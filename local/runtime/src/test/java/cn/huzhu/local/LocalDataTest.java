package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./run-local --data DIR}: what was stored before Ctrl-C is there after the next start with the same folder:
 * tables, files, and the keys generated at the first start (a session made before still works); the options a
 * newcomer types are read as the README says.
 */
class LocalDataTest {
    private static final String TOKEN_KEYS = "{\"current\":\"e2e\",\"e2e\":\"" + RunningSystem.TOKEN_SECRET + "\"}";

    private static LocalRuntime start(Path data, Map<String, String> secrets) throws Exception {
        return new LocalRuntime(new LocalRuntime.Options(0, null, "cn-north-1", true, Map.of(), Map.of(), secrets, data, 0));
    }

    @Test
    void whatWasStoredIsThereAfterARestartWithTheSameFolder(@TempDir Path data) throws Exception {
        byte[] pdf = "%PDF-1.4 kept".getBytes(StandardCharsets.US_ASCII);
        String token;
        String id;
        String attachmentId;
        try (LocalRuntime first = start(data, Map.of("TokenKeys", TOKEN_KEYS))) {
            assertThat(first.dataDirectory()).isEqualTo(data);
            ApiClient unit = RunningSystem.client(first).login("unit2", "huzhu2025");
            token = unit.token();
            id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZY01", "shares", 1))))
                    .expect(201).body().path("id").asText();
            JsonNode attachment = unit.post("/api/enrollments/" + id + "/attachments", Map.of("fileName", "留存.pdf",
                    "size", pdf.length)).expect(201).body();
            ApiClient.upload(attachment, pdf);
            attachmentId = attachment.path("attachment").path("id").asText();
            unit.post("/api/enrollments/" + id + "/attachments/" + attachmentId + "/complete", null).expect(200);
        }
        // no token ring given now: the one kept in the folder must be the one that signed the session
        try (LocalRuntime second = start(data, Map.of())) {
            ApiClient unit = RunningSystem.client(second).withToken(token);
            assertThat(unit.get("/api/enrollments/" + id).expect(200).body().path("id").asText()).isEqualTo(id);
            String link = unit.get("/api/enrollments/" + id + "/attachments/" + attachmentId).expect(200).body()
                    .path("url").asText();
            assertThat(ApiClient.download(link).body()).isEqualTo(pdf);
            assertThat(RunningSystem.client(second).login("unit1", "huzhu2025").token()).as("demo data seeded once").isNotBlank();
        }
    }

    @Test
    void theOptionsAreReadAsTheReadmeSaysAndAnUnknownOneIsNamed() {
        LocalRuntime.Options options = LocalRuntime.Options.parse("--port", "9090", "--data", "本地数据", "--inbox-port",
                "9191", "--parameter", "SmtpHost=smtp.example.cn", "--parameter", "WebOrigin=https://a.example.cn/x=1",
                "--secret", "TokenKeys={\"current\":\"a\",\"a\":\"x=y\"}", "--no-demo");
        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.data()).isEqualTo(Path.of("本地数据").toAbsolutePath());
        assertThat(options.inboxPort()).isEqualTo(9191);
        assertThat(options.parameters()).containsEntry("SmtpHost", "smtp.example.cn")
                .containsEntry("WebOrigin", "https://a.example.cn/x=1");
        assertThat(options.secrets()).containsEntry("TokenKeys", "{\"current\":\"a\",\"a\":\"x=y\"}");
        assertThat(options.demo()).isFalse();
        assertThatThrownBy(() -> LocalRuntime.Options.parse("--dta", "x")).hasMessageContaining("unknown option --dta")
                .hasMessageContaining("--data DIR");
    }
}
