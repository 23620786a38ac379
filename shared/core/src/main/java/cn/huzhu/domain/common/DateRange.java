package cn.huzhu.domain.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A search filter's date range, inclusive at both ends; either end may be open. Dates outside the years the office
 * works in, and ranges that end before they begin, are refused.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ANY = new DateRange(null, null);
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    public DateRange {
        for (LocalDate end : new LocalDate[] {from, to}) {
            if (end != null && (end.isBefore(EARLIEST) || end.isAfter(LATEST))) {
                throw DomainException.invalid("DATE_OUT_OF_RANGE", "日期" + end + "超出可查询的范围（2000-01-01至2099-12-31）");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalid("DATE_RANGE_REVERSED", "开始日期" + from + "晚于结束日期" + to + "，请重新选择");
        }
    }

    /** From query text (yyyy-MM-dd, either may be empty); {@code field} names the filter in messages. */
    public static DateRange parse(String from, String to, String field) {
        return new DateRange(day(from, field), day(to, field));
    }

    /** A day typed as yyyy-MM-dd, or null when nothing was typed; {@code field} names it in the message. */
    public static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("DATE_INVALID", field + "的日期格式应为yyyy-MM-dd：" + text);
        }
    }

    /** The first instant of the range in China, if it has a start. */
    public Optional<Instant> start() {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay(BusinessDay.ZONE).toInstant());
    }

    /** The last instant of the range in China, if it has an end. */
    public Optional<Instant> end() {
        return Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay(BusinessDay.ZONE).toInstant().minusMillis(1));
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
