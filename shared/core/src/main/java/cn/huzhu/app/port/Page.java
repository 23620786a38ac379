package cn.huzhu.app.port;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list. {@code next} is an opaque cursor for the following page, null on the last page;
 * {@code total} is filled where counting is cheap, else -1.
 */
public record Page<T>(List<T> items, String next, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next, total);
    }
}
