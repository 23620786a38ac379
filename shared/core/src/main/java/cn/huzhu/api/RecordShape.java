package cn.huzhu.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * How a record travels as JSON: its components in declaration order, each under its name or the one its
 * {@code @JsonProperty} gives; an {@code @JsonUnwrapped} component's fields sit in the enclosing object. Found once per
 * class.
 */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    record Field(String name, Type type, Class<?> rawType, Method accessor, boolean unwrapped, int index) {
        Object valueOf(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }

    private final List<Field> fields;
    private final Map<String, Field> byName = new HashMap<>();
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Field[] found = new Field[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            JsonProperty property = accessor.getAnnotation(JsonProperty.class);
            String name = property == null || property.value().isEmpty() ? component.getName() : property.value();
            found[i] = new Field(name, component.getGenericType(), component.getType(), accessor,
                    accessor.isAnnotationPresent(JsonUnwrapped.class), i);
            byName.put(name, found[i]);
            parameterTypes[i] = component.getType();
        }
        fields = List.of(found);
        try {
            constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    List<Field> fields() {
        return fields;
    }

    Field field(String name) {
        return byName.get(name);
    }

    /** A new record from its components' values; what its constructor throws is thrown as it is. */
    Object create(Object[] values) throws Throwable {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
