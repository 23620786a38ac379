package cn.huzhu.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.domain.money.Money;

/**
 * Values as JSON: records as objects of their components, nulls left out of objects and maps, enums by name, dates
 * and times in ISO form, money as "2375.00". Anything else is refused, so a type nobody thought about does not travel
 * in a shape nobody chose.
 */
final class JsonWriting {
    private JsonWriting() {
    }

    static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Number number) {
            number(out, number);
        } else if (value instanceof Money money) {
            out.writeString(money.format());
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (value instanceof Map<?, ?> map) {
            map(out, map);
        } else if (value instanceof Collection<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof JsonNode node) {
            tree(out, node);
        } else if (value.getClass().isRecord()) {
            out.writeStartObject();
            fields(out, value);
            out.writeEndObject();
        } else {
            out.writeString(scalarText(value));
        }
    }

    /** Dates, times and characters as text; keys of maps use the same form. */
    static String scalarText(Object value) {
        if (value instanceof String || value instanceof LocalDate || value instanceof Instant || value instanceof YearMonth
                || value instanceof Character || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDateTime time) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }

    private static void number(JsonGenerator out, Number number) throws IOException {
        if (number instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (number instanceof Float single) {
            out.writeNumber(single.floatValue());
        } else if (number instanceof Double) {
            out.writeNumber(number.doubleValue());
        } else if (number instanceof BigInteger big) {
            out.writeNumber(big);
        } else {
            out.writeNumber(number.longValue());
        }
    }

    private static void map(JsonGenerator out, Map<?, ?> map) throws IOException {
        out.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() != null) {
                out.writeFieldName(scalarText(entry.getKey()));
                write(out, entry.getValue());
            }
        }
        out.writeEndObject();
    }

    private static void fields(JsonGenerator out, Object record) throws IOException {
        for (RecordShape.Field field : RecordShape.of(record.getClass()).fields()) {
            Object value = field.valueOf(record);
            if (value == null) {
                continue;
            }
            if (field.unwrapped()) {
                fields(out, value);
            } else {
                out.writeFieldName(field.name());
                write(out, value);
            }
        }
    }

    private static void tree(JsonGenerator out, JsonNode node) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.writeFieldName(field.getKey());
                tree(out, field.getValue());
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode item : node) {
                tree(out, item);
            }
            out.writeEndArray();
        } else if (node.isTextual()) {
            out.writeString(node.textValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else if (node.isNumber()) {
            number(out, node.numberValue());
        } else if (node.isNull() || node.isMissingNode()) {
            out.writeNull();
        } else {
            throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
    }
}
