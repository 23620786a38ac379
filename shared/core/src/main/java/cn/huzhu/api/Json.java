package cn.huzhu.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;

/**
 * JSON of a container: records and the API's value types as {@link JsonWriting} and {@link JsonReading} give them,
 * trees as Jackson's nodes. Built on Jackson's streaming parser alone: no object mapper, whose start-up (bean
 * introspection, date formats, locale data) was a large share of a function's cold start. Dates and money travel
 * as strings ("2025-11-25", "2375.00").
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    public static String write(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    public static void write(OutputStream out, Object value) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            JsonWriting.write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(InputStream in) {
        return value(in, JsonNode.class);
    }

    public static JsonNode tree(byte[] json) {
        return value(json, JsonNode.class);
    }

    public static JsonNode tree(String text) {
        return value(text, JsonNode.class);
    }

    /** Data this system wrote itself (stored items, files, cursors checked before): a misfit is a fault, not a refusal. */
    public static <T> T value(byte[] json, Class<T> type) {
        return type.cast(parse(() -> FACTORY.createParser(json), type));
    }

    public static <T> T value(byte[] json, TypeReference<T> type) {
        return cast(parse(() -> FACTORY.createParser(json), type.getType()));
    }

    public static <T> T value(String json, Class<T> type) {
        return type.cast(parse(() -> FACTORY.createParser(json), type));
    }

    public static <T> T value(InputStream json, Class<T> type) {
        return type.cast(parse(() -> FACTORY.createParser(json), type));
    }

    /** A tree read as a type, e.g. a form in demo data. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        return type.cast(parse(() -> JsonTrees.parser(node), type));
    }

    public static <T> T convert(JsonNode node, TypeReference<T> type) {
        return cast(parse(() -> JsonTrees.parser(node), type.getType()));
    }

    private interface Source {
        JsonParser open() throws IOException;
    }

    private static Object parse(Source source, Type type) {
        try (JsonParser parser = source.open()) {
            return JsonReading.read(parser, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a request body; malformed JSON is the caller's mistake, said in Chinese. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("BODY_REQUIRED", "请求内容不能为空");
        }
        T value;
        try (JsonParser parser = FACTORY.createParser(body)) {
            value = type.cast(JsonReading.read(parser, type));
        } catch (JsonReading.Misfit misfit) {
            throw refusal(misfit.path);
        } catch (JsonProcessingException e) {
            throw refusal("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw DomainException.invalid("BODY_REQUIRED", "请求内容不能为空");
        }
        return value;
    }

    /** Where in the body the value that did not fit was ("plans.[0].shares"), when it was inside the body. */
    private static DomainException refusal(String field) {
        if (field.isEmpty()) {
            return DomainException.invalid("BODY_INVALID", "请求内容不是有效的JSON");
        }
        return DomainException.invalid("BODY_INVALID", "字段“" + field + "”的值格式不正确",
                List.of(new Problem(field, "值格式不正确")));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
