package cn.huzhu.api;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

/**
 * JSON into the types of {@link JsonWriting}, strictly where leniency would change what was sent: 1.5 is not an
 * integer, an amount is a string of at most two decimals, a list or map may not hold null. Unknown fields are skipped.
 * A value that does not fit is reported with where it was ("plans.[0].shares").
 */
final class JsonReading {
    /**
     * Where in the document a value did not fit, and why; the path is empty at the top. It never carries the value
     * itself, nor an exception that might quote it: a stored ID or phone number must not reach a log this way.
     */
    static final class Misfit extends RuntimeException {
        final String path;

        Misfit(String path, String reason) {
            super((path.isEmpty() ? "" : path + ": ") + reason, null, false, false);
            this.path = path;
        }
    }

    private final JsonParser in;
    private final List<String> path = new ArrayList<>();

    private JsonReading(JsonParser in) {
        this.in = in;
    }

    /** The one value the parser holds, of the type given; text after it is refused. */
    static Object read(JsonParser in, Type type) throws IOException {
        if (in.nextToken() == null) {
            if (type == JsonNode.class) {
                return MissingNode.getInstance();
            }
            throw new Misfit("", "no content");
        }
        Object value = new JsonReading(in).value(type);
        if (in.nextToken() != null) {
            throw new Misfit("", "text after the value");
        }
        return value;
    }

    private Object value(Type type) throws IOException {
        Class<?> raw = raw(type);
        JsonToken token = in.currentToken();
        if (JsonNode.class.isAssignableFrom(raw)) {
            return JsonTrees.node(in);
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (raw == Object.class) {
            return untyped();
        }
        if (raw.isRecord() && raw != Money.class) {
            return record(raw);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(type);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return collection(type, raw);
        }
        return scalar(raw, token);
    }

    private Object scalar(Class<?> raw, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            throw misfit("expected a value, not " + token);
        }
        if (raw == String.class) {
            return in.getText();
        }
        boolean text = token == JsonToken.VALUE_STRING;
        // an emptied number or date field of a form means no value; an empty amount or choice is refused
        if (text && in.getText().isBlank() && raw != Money.class && !raw.isEnum()) {
            return null;
        }
        try {
            if (raw == int.class || raw == Integer.class) {
                return text ? Integer.valueOf(in.getText().trim()) : (int) whole(token, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            if (raw == long.class || raw == Long.class) {
                return text ? Long.valueOf(in.getText().trim()) : whole(token, Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return bool(token);
            }
            if (raw == BigDecimal.class) {
                return text ? new BigDecimal(in.getText().trim()) : number(token).getDecimalValue();
            }
            if (raw == double.class || raw == Double.class) {
                return text ? Double.valueOf(in.getText().trim()) : number(token).getDoubleValue();
            }
            if (!text) {
                throw misfit("expected text for " + raw.getSimpleName());
            }
            return fromText(raw, in.getText());
        } catch (DomainException | Misfit e) {
            throw e;
        } catch (RuntimeException e) {
            throw misfit("does not read as " + raw.getSimpleName());
        }
    }

    private static Object fromText(Class<?> raw, String text) {
        if (raw == Money.class) {
            return Money.parse(text);
        }
        if (raw.isEnum()) {
            return enumConstant(raw, text);
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(text.trim());
        }
        if (raw == Instant.class) {
            return DateTimeFormatter.ISO_INSTANT.parse(text.trim(), Instant::from);
        }
        if (raw == YearMonth.class) {
            return YearMonth.parse(text.trim());
        }
        throw new IllegalArgumentException("no JSON form for " + raw.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> raw, String name) {
        return Enum.valueOf((Class<? extends Enum>) raw, name);
    }

    private long whole(JsonToken token, long min, long max) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw misfit("expected an integer");
        }
        if (in.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw misfit("out of range");
        }
        long value = in.getLongValue();
        if (value < min || value > max) {
            throw misfit("out of range");
        }
        return value;
    }

    private JsonParser number(JsonToken token) {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw misfit("expected a number");
        }
        return in;
    }

    private Boolean bool(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        String text = token == JsonToken.VALUE_STRING ? in.getText().trim() : "";
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw misfit("expected true or false");
    }

    private Object record(Class<?> raw) throws IOException {
        RecordShape shape = RecordShape.of(raw);
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw misfit("expected an object");
        }
        if (shape.fields().stream().anyMatch(RecordShape.Field::unwrapped)) {
            return fromTree(shape, JsonTrees.node(in));
        }
        Object[] values = new Object[shape.fields().size()];
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            RecordShape.Field field = shape.field(in.currentName());
            in.nextToken();
            if (field == null) {
                in.skipChildren();
                continue;
            }
            values[field.index()] = at(field.name(), field.type(), false);
        }
        return create(shape, values);
    }

    /** A record with a component unwrapped: that component reads the same object. */
    private Object fromTree(RecordShape shape, JsonNode object) throws IOException {
        Object[] values = new Object[shape.fields().size()];
        for (RecordShape.Field field : shape.fields()) {
            JsonNode node = field.unwrapped() ? object : object.get(field.name());
            if (node == null) {
                continue;
            }
            try (JsonParser nested = JsonTrees.parser(node)) {
                nested.nextToken();
                JsonReading reading = new JsonReading(nested);
                reading.path.addAll(path);
                if (!field.unwrapped()) {
                    reading.path.add(field.name());
                }
                values[field.index()] = reading.value(field.type());
            }
        }
        return create(shape, values);
    }

    private Object create(RecordShape shape, Object[] values) {
        for (RecordShape.Field field : shape.fields()) {
            if (values[field.index()] == null && field.rawType().isPrimitive()) {
                values[field.index()] = zero(field.rawType());
            }
        }
        try {
            return shape.create(values);
        } catch (DomainException e) {
            throw e;
        } catch (Throwable e) {
            throw misfit("cannot be made: " + e.getClass().getSimpleName());
        }
    }

    private Map<Object, Object> map(Type type) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw misfit("expected an object");
        }
        Class<?> keyType = raw(argument(type, 0));
        Type valueType = argument(type, 1);
        Map<Object, Object> map = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            map.put(key(keyType, name), at(name, valueType, true));
        }
        return map;
    }

    private Object key(Class<?> keyType, String name) {
        try {
            return keyType == String.class || keyType == Object.class ? name : fromText(keyType, name);
        } catch (RuntimeException e) {
            path.add(name);
            throw misfit("not a key of " + keyType.getSimpleName());
        }
    }

    private Collection<Object> collection(Type type, Class<?> raw) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw misfit("expected an array");
        }
        Type itemType = argument(type, 0);
        Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; in.nextToken() != JsonToken.END_ARRAY; i++) {
            items.add(at("[" + i + "]", itemType, true));
        }
        return items;
    }

    private Object untyped() throws IOException {
        return switch (in.currentToken()) {
            case START_OBJECT -> map(Map.class);
            case START_ARRAY -> collection(List.class, List.class);
            case VALUE_STRING -> in.getText();
            case VALUE_NUMBER_INT -> in.getNumberValue();
            case VALUE_NUMBER_FLOAT -> in.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw misfit("unexpected " + in.currentToken());
        };
    }

    /**
     * The value at the current token, one step further into the document. An item of a list or map is required: a
     * null there is a value left out by mistake, not a value.
     */
    private Object at(String step, Type type, boolean required) throws IOException {
        path.add(step);
        Object value = value(type);
        if (required && value == null) {
            throw misfit("null in a list or map");
        }
        path.remove(path.size() - 1);
        return value;
    }

    private Misfit misfit(String reason) {
        return new Misfit(String.join(".", path), reason);
    }

    /** The default of a primitive type (false, 0, 0L, 0.0, …), as a new array holds it. */
    private static Object zero(Class<?> primitive) {
        return Array.get(Array.newInstance(primitive, 1), 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[index];
            return argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}
