package cn.huzhu.domain.common;

import java.util.List;

/**
 * A business rule said no. Carries a stable code for programs, a Chinese message for people and, where a form or a
 * file row was at fault, one detail per problem.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED, TOO_MANY_REQUESTS }

    private final Kind kind;
    private final String code;
    private final transient List<Problem> details;

    public DomainException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public DomainException(Kind kind, String code, String message, List<Problem> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }

    public static DomainException invalid(String code, String message, List<Problem> details) {
        return new DomainException(Kind.INVALID, code, message, details);
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(Kind.FORBIDDEN, code, message);
    }

    public static DomainException unauthenticated(String code, String message) {
        return new DomainException(Kind.UNAUTHENTICATED, code, message);
    }

    /** Too many requests from one caller in a short time (HTTP 429). */
    public static DomainException tooMany(String code, String message) {
        return new DomainException(Kind.TOO_MANY_REQUESTS, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Problem> details() {
        return details;
    }
}
