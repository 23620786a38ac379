package cn.huzhu.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.huzhu.adapter.dynamodb.DynamoSettingsStore;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.emulators.ProjectRoot;

/**
 * The browser, the stored items and the AWS calls were built against Jackson's object mapper with the API's settings
 * (dates as ISO text, money as "2375.00", nulls left out). That mapper is the oracle here: the same values must come
 * out as the same text, and the text must read back into equal values.
 */
class JsonOracleTest {
    private static final ObjectMapper ORACLE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("money")
                    .addSerializer(Money.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Money value, JsonGenerator out, SerializerProvider provider) throws IOException {
                            out.writeString(value.format());
                        }
                    })
                    .addDeserializer(Money.class, new JsonDeserializer<>() {
                        @Override
                        public Money deserialize(com.fasterxml.jackson.core.JsonParser in,
                                com.fasterxml.jackson.databind.DeserializationContext context) throws IOException {
                            if (in.currentToken() != JsonToken.VALUE_STRING) {
                                return (Money) context.handleUnexpectedToken(Money.class, in);
                            }
                            try {
                                return Money.parse(in.getText());
                            } catch (RuntimeException e) {
                                return (Money) context.handleWeirdStringValue(Money.class, in.getText(), "not an amount");
                            }
                        }
                    }))
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    record Line(String name, int shares, Money amount, Role role) {
    }

    record Sample(@JsonProperty("PK") String key, LocalDate startsOn, Instant at, BigDecimal rate, List<Line> lines,
            Map<String, List<Integer>> counts, boolean flag, Long total, double ratio, List<Problem> problems) {
    }

    private static List<Object> values() {
        List<Object> values = new ArrayList<>();
        values.add(DynamoSettingsStore.packagedDefaults());
        values.addAll(List.of(Catalogs.HOSPITAL_A, Catalogs.CRITICAL_36, Catalogs.ACCIDENT_20, Catalogs.FEMALE_25));
        values.addAll(List.of(Catalogs.HOSPITAL, Catalogs.CRITICAL, Catalogs.ACCIDENT, Catalogs.FEMALE));
        values.add(new Sample("ENR#1", LocalDate.of(2026, 2, 28), Instant.parse("2026-12-03T08:00:00Z"),
                new BigDecimal("1E+3"), List.of(new Line("张三", 2, Money.parse("0.10"), Role.UNIT), new Line("", 0, null, null)),
                Map.of("a", List.of(1, 2)), false, null, 0.1, List.of(new Problem("plans.[0].shares", "值格式不正确"))));
        values.add(HttpResponse.error(400, "BODY_INVALID", "字段“x”的值格式不正确", List.of(new Problem("x", "y")), "r-1"));
        values.add(HttpResponse.ok(Map.of("items", List.of(), "next", "c")));
        return values;
    }

    @Test
    void writesWhatTheOracleWrites() throws IOException {
        for (Object value : values()) {
            assertThat(Json.write(value)).as(value.getClass().getSimpleName()).isEqualTo(ORACLE.writeValueAsString(value));
        }
    }

    @Test
    void readsBackWhatTheOracleReads() throws IOException {
        for (Object value : values()) {
            String json = ORACLE.writeValueAsString(value);
            Object mine = Json.value(json, value.getClass());
            assertThat(ORACLE.writeValueAsString(mine)).as(value.getClass().getSimpleName())
                    .isEqualTo(ORACLE.writeValueAsString(ORACLE.readValue(json, value.getClass())));
        }
        assertThat(Json.<Settings>value(ORACLE.writeValueAsString(DynamoSettingsStore.packagedDefaults()), Settings.class))
                .isEqualTo(DynamoSettingsStore.packagedDefaults());
    }

    record Body(Integer count, int shares, Boolean flag, boolean done, LocalDate on, Role role, Money amount,
            List<String> names, BigDecimal rate, String note) {
    }

    /**
     * Bodies a browser, an old page or a hand-made request may send: taken or refused as the oracle did, except where
     * the oracle guessed a meaning: a number as a flag (12 as true), as a date (days since 1970) or as a choice (its
     * position in the list), and an empty list as no date. Those are refused now.
     */
    @Test
    void takesAndRefusesTheBodiesTheOracleTookAndRefused() throws IOException {
        List<String> fields = List.of("\"count\":", "\"shares\":", "\"flag\":", "\"done\":", "\"on\":",
                "\"role\":", "\"amount\":", "\"names\":", "\"rate\":", "\"note\":");
        List<String> values = List.of("\"\"", "\" \"", "null", "\"12\"", "12", "1.5", "1e2", "-0", "true", "\"true\"",
                "\"2026-02-28\"", "\"2026-02-30\"", "\"UNIT\"", "\"unit\"", "\"12.34\"", "\"12.345\"", "[]",
                "[\"a\",null]", "[\"a\",1]", "{}", "3000000000", "-2147483648", "2147483648", "-9223372036854775809",
                "99999999999999999999", "\"x\"");
        List<String> differences = new ArrayList<>();
        for (String field : fields) {
            for (String value : values) {
                String body = "{" + field + value + "}";
                String mine = outcome(() -> Json.read(body, Body.class));
                String oracle = guessed(field, value) ? "refused" : outcome(() -> ORACLE.readValue(body, Body.class));
                if (!mine.equals(oracle)) {
                    differences.add(body + " read as " + mine + ", by the oracle as " + oracle);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private static boolean guessed(String field, String value) {
        boolean number = value.matches("-?[0-9][0-9.e]*");
        return switch (field) {
            case "\"flag\":", "\"done\":", "\"role\":" -> number && !value.contains(".") && !value.contains("e");
            case "\"on\":" -> number && !value.contains(".") && !value.contains("e") || value.equals("[]");
            default -> false;
        };
    }

    /** The value read, written by the oracle, or "refused". */
    private static String outcome(java.util.concurrent.Callable<Body> read) {
        try {
            return ORACLE.writeValueAsString(read.call());
        } catch (Exception e) {
            return "refused";
        }
    }

    @Test
    void theEventFixturesTravelAsTheOracleWritesThem() throws IOException {
        try (Stream<Path> files = Files.list(ProjectRoot.find().resolve("events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String text = Files.readString(file);
                assertThat(Json.write(Json.tree(text))).as(file.getFileName().toString())
                        .isEqualTo(ORACLE.writeValueAsString(ORACLE.readTree(text)));
            }
        }
    }
}
