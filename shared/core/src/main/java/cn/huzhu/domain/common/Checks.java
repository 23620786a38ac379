package cn.huzhu.domain.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a form before saying no, so people see them all at once. */
public final class Checks {
    private final List<Problem> problems = new ArrayList<>();

    public Checks require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new Problem(field, message));
        }
        return this;
    }

    public Checks add(String field, String message) {
        problems.add(new Problem(field, message));
        return this;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws INVALID with every problem collected, the first one as the headline. */
    public void throwIfAny(String code) {
        if (!problems.isEmpty()) {
            throw DomainException.invalid(code, problems.get(0).toString(), problems);
        }
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
