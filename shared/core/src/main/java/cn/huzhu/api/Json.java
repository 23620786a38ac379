package cn.huzhu.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.money.Money;

/** The one JSON mapper of a container. Dates and money travel as strings ("2025-11-25", "2375.00"). */
public final class Json {
    /**
     * Strict where a lenient mapper would change what was sent: 1.5 is not an integer, trailing text after the body is an
     * error, and a list may not hold null. Unknown fields are ignored (older and newer browsers share the API).
     */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(moneyAsText())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    /** Money as "2375.00" both ways; a number or more than two decimals is refused, never rounded. */
    private static SimpleModule moneyAsText() {
        return new SimpleModule("money")
                .addSerializer(Money.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(Money value, JsonGenerator out, SerializerProvider provider) throws IOException {
                        out.writeString(value.format());
                    }
                })
                .addDeserializer(Money.class, new JsonDeserializer<>() {
                    @Override
                    public Money deserialize(JsonParser in, DeserializationContext context) throws IOException {
                        if (in.currentToken() != JsonToken.VALUE_STRING) {
                            return (Money) context.handleUnexpectedToken(Money.class, in);
                        }
                        try {
                            return Money.parse(in.getText());
                        } catch (RuntimeException e) {
                            return (Money) context.handleWeirdStringValue(Money.class, in.getText(), "not an amount");
                        }
                    }
                });
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static JsonNode tree(InputStream in) {
        try {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a request body; malformed JSON is the caller's mistake, said in Chinese. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("BODY_REQUIRED", "请求内容不能为空");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw DomainException.invalid("BODY_REQUIRED", "请求内容不能为空");
            }
            return value;
        } catch (JsonProcessingException e) {
            // a record whose constructor checks its fields says what is wrong in the business's words
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException refusal) {
                    throw refusal;
                }
            }
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = fieldPath(mapping);
                throw DomainException.invalid("BODY_INVALID", "字段“" + field + "”的值格式不正确",
                        List.of(new Problem(field, "值格式不正确")));
            }
            throw DomainException.invalid("BODY_INVALID", "请求内容不是有效的JSON");
        }
    }

    /** "plans.[0].shares": where in the body the value that did not fit was. */
    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
