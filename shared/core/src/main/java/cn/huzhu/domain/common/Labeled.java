package cn.huzhu.domain.common;

import java.util.Arrays;
import java.util.Optional;

/** A choice with the Chinese label people see; forms and files may send either the label or the constant's name. */
public interface Labeled {
    String name();

    String label();

    /** The constant named, or labelled, so. */
    static <E extends Enum<E> & Labeled> Optional<E> parse(Class<E> type, String nameOrLabel) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(nameOrLabel) || value.label().equals(nameOrLabel)).findFirst();
    }
}
