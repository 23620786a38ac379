package cn.huzhu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.type.TypeReference;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

class JsonTest {
    record Counts(Integer employeeCount, String note) {
    }

    record Checked(String name) {
        Checked {
            if (name == null || name.isBlank()) {
                throw DomainException.invalid("NAME_REQUIRED", "名称不能为空");
            }
        }
    }

    record Line(String name, int shares, Money amount) {
    }

    record Form(@JsonProperty("PK") String key, Role role, LocalDate startsOn, Instant at, BigDecimal rate,
            List<Line> lines, Map<String, Integer> counts, boolean flag, long total) {
    }

    record Inner(String code, int maxShares) {
    }

    record Outer(@JsonProperty("PK") String pk, @JsonUnwrapped Inner inner, boolean used) {
    }

    private static Form form() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("named", 3);
        counts.put("anonymous", null);
        return new Form("ENR#1", Role.UNIT, LocalDate.of(2026, 1, 1), Instant.parse("2026-12-03T08:00:00.120Z"),
                new BigDecimal("0.50"), List.of(new Line("张三", 2, Money.parse("240")), new Line("李四", 1, null)),
                counts, true, 12_345_678_901L);
    }

    @Test
    void writesRecordsAsTheirComponentsLeavingNullsOut() {
        assertThat(Json.write(form())).isEqualTo("{\"PK\":\"ENR#1\",\"role\":\"UNIT\",\"startsOn\":\"2026-01-01\","
                + "\"at\":\"2026-12-03T08:00:00.120Z\",\"rate\":0.50,\"lines\":[{\"name\":\"张三\",\"shares\":2,"
                + "\"amount\":\"240.00\"},{\"name\":\"李四\",\"shares\":1}],\"counts\":{\"named\":3},\"flag\":true,"
                + "\"total\":12345678901}");
    }

    @Test
    void readsBackWhatItWrote() {
        Form read = Json.value(Json.write(form()), Form.class);
        assertThat(read.lines()).isEqualTo(form().lines());
        assertThat(read.counts()).containsExactly(Map.entry("named", 3));
        assertThat(read).usingRecursiveComparison().ignoringFields("counts").isEqualTo(form());
    }

    @Test
    void anUnwrappedRecordSitsBesideTheFieldsOfItsOwner() {
        Outer outer = new Outer("CATALOG", new Inner("A1", 5), true);
        String json = Json.write(outer);
        assertThat(json).isEqualTo("{\"PK\":\"CATALOG\",\"code\":\"A1\",\"maxShares\":5,\"used\":true}");
        assertThat(Json.<Outer>value(json, Outer.class)).isEqualTo(outer);
    }

    @Test
    void skipsFieldsItDoesNotKnowAndLeavesMissingOnesEmpty() {
        assertThat(Json.read("{\"note\":\"x\",\"extra\":{\"deep\":[1,2,{\"a\":null}]}}", Counts.class))
                .isEqualTo(new Counts(null, "x"));
        assertThat(Json.read("{\"name\":\"a\"}", Line.class)).isEqualTo(new Line("a", 0, null));
        assertThat(Json.read("{\"employeeCount\":\"\",\"note\":\"\"}", Counts.class)).isEqualTo(new Counts(null, ""));
        assertThat(Json.read("{\"note\":\"x\"}", Primitives.class)).isEqualTo(new Primitives(false, 0L, 0.0, 0f, (short) 0, "x"));
    }

    record Primitives(boolean flag, long count, double rate, float ratio, short small, String note) {
    }

    @Test
    void namesTheFieldWhoseValueIsMalformed() {
        assertThatThrownBy(() -> Json.read("{\"employeeCount\":\"很多\"}", Counts.class))
                .isInstanceOf(DomainException.class).hasMessage("字段“employeeCount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{oops", Counts.class)).hasMessage("请求内容不是有效的JSON");
        assertThatThrownBy(() -> Json.read(" ", Counts.class)).hasMessage("请求内容不能为空");
        assertThatThrownBy(() -> Json.read("null", Counts.class)).hasMessage("请求内容不能为空");
    }

    @Test
    void refusesWhatALenientReaderWouldChange() {
        assertThatThrownBy(() -> Json.read("{\"employeeCount\":1.5}", Counts.class))
                .hasMessage("字段“employeeCount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"employeeCount\":3000000000}", Counts.class))
                .hasMessage("字段“employeeCount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"lines\":[{\"name\":\"a\"},null]}", Form.class))
                .hasMessage("字段“lines.[1]”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"lines\":[{\"amount\":\"1.005\"}]}", Form.class))
                .hasMessage("字段“lines.[0].amount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"lines\":[{\"amount\":12}]}", Form.class))
                .hasMessage("字段“lines.[0].amount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"role\":\"ROOT\"}", Form.class)).hasMessage("字段“role”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"role\":\"\"}", Form.class)).hasMessage("字段“role”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"lines\":[{\"amount\":\"\"}]}", Form.class))
                .hasMessage("字段“lines.[0].amount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"counts\":{\"a\":null}}", Form.class)).hasMessage("字段“counts.a”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"lines\":{}}", Form.class)).hasMessage("字段“lines”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"note\":\"x\"} {}", Counts.class)).hasMessage("请求内容不是有效的JSON");
        assertThatThrownBy(() -> Json.read("[]", Counts.class)).hasMessage("请求内容不是有效的JSON");
    }

    @Test
    void refusesBodiesBuiltToExhaustTheReader() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Json.read("{\"extra\":" + deep + "}", Counts.class)).hasMessage("请求内容不是有效的JSON");
        assertThatThrownBy(() -> Json.read("{\"note\":" + deep + "}", Counts.class)).hasMessage("字段“note”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"lines\":[{\"amount\":\"1" + "0".repeat(5_000) + "\"}]}", Form.class))
                .hasMessage("字段“lines.[0].amount”的值格式不正确");
        assertThatThrownBy(() -> Json.read("{\"rate\":1" + "0".repeat(5_000) + "}", Form.class))
                .hasMessage("请求内容不是有效的JSON");
    }

    record Phone(String number) {
        Phone {
            if (!number.matches("1[0-9]{10}")) {
                throw new IllegalArgumentException("not a mobile number: " + number);
            }
        }
    }

    @Test
    void aValueThatDoesNotFitIsNeverQuotedInTheFault() {
        assertThatThrownBy(() -> Json.value("{\"employeeCount\":\"110101199003071234\"}", Counts.class))
                .hasMessage("employeeCount: does not read as Integer").hasNoCause();
        assertThatThrownBy(() -> Json.value("{\"number\":\"13800138000x\"}", Phone.class))
                .hasMessage("cannot be made: IllegalArgumentException").hasNoCause();
    }

    @Test
    void passesOnTheRefusalOfARecordThatChecksItself() {
        assertThatThrownBy(() -> Json.read("{\"name\":\"\"}", Checked.class))
                .isInstanceOf(DomainException.class).hasMessage("名称不能为空");
    }

    @Test
    void readsGenericListsAndMapsAndUntypedValues() {
        assertThat(Json.value(bytes("[\"a\",\"\"]"), new TypeReference<List<String>>() { })).containsExactly("a", "");
        assertThat(Json.value(bytes("{\"a\":[1,2.5,true,\"x\"],\"b\":{}}"), new TypeReference<Map<String, Object>>() { }))
                .containsExactly(Map.entry("a", List.of(1, 2.5, true, "x")), Map.entry("b", Map.of()));
        assertThatThrownBy(() -> Json.value(bytes("[\"a\",null]"), new TypeReference<List<String>>() { }))
                .hasMessageContaining("[1]");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void treesTravelAsTheyCame() {
        String json = "{\"a\":[1,12345678901,2.5,true,null,\"文\"],\"b\":{\"c\":{}}}";
        assertThat(Json.write(Json.tree(json))).isEqualTo(json);
        assertThat(Json.tree("null").isNull()).isTrue();
        assertThat(Json.tree(new byte[0]).isMissingNode()).isTrue();
    }
}
