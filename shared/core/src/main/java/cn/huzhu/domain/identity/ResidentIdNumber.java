package cn.huzhu.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 居民身份证号码 per GB 11643: normalisation, province, birth date and check digit. */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** First two digits of the administrative division codes in use (GB/T 2260), with 81-83 for 港澳台 residents. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private final String value;
    private final LocalDate birthDate;
    private final Gender gender;

    private ResidentIdNumber(String value, LocalDate birthDate, Gender gender) {
        this.value = value;
        this.birthDate = birthDate;
        this.gender = gender;
    }

    /** Spaces removed, full-width digits and letters made ASCII, x made X. */
    public static String normalize(String raw) {
        return TextNormalizer.halfWidthWithoutSpaces(raw).toUpperCase(java.util.Locale.ROOT);
    }

    /** Checks a normalised number; returns the problems in Chinese, empty when the number is valid. */
    public static List<String> problems(String number, LocalDate today) {
        List<String> problems = new ArrayList<>();
        read(number, today, problems);
        return problems;
    }

    /** The number when it is valid; else empty, with every problem added in Chinese. One pass over the digits. */
    public static Optional<ResidentIdNumber> read(String number, LocalDate today, List<String> problems) {
        int before = problems.size();
        if (number.length() != 18) {
            problems.add("居民身份证号码应为18位，实际为" + number.length() + "位");
            return Optional.empty();
        }
        if (!digits(number, 0, 17) || !(isDigit(number.charAt(17)) || number.charAt(17) == 'X')) {
            problems.add("居民身份证号码只能是17位数字加1位数字或X");
            return Optional.empty();
        }
        if (!PROVINCES.contains(number.substring(0, 2))) {
            problems.add("居民身份证号码前两位" + number.substring(0, 2) + "不是有效的省级行政区划代码");
        }
        LocalDate birth = birthDateOf(number);
        if (birth == null) {
            problems.add("居民身份证号码中的出生日期" + number.substring(6, 14) + "不是有效日期");
        } else if (birth.isAfter(today)) {
            problems.add("居民身份证号码中的出生日期" + number.substring(6, 14) + "晚于今天");
        }
        if (checkChar(number) != number.charAt(17)) {
            problems.add("居民身份证号码校验位错误");
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new ResidentIdNumber(number, birth, genderOf(number)));
    }

    public static ResidentIdNumber parse(String raw, LocalDate today) {
        List<String> problems = new ArrayList<>();
        return read(normalize(raw), today, problems)
                .orElseThrow(() -> new IllegalArgumentException(String.join("；", problems)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Digits from {@code from} to {@code to} as a number (known to be digits). */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    static char checkChar(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        int month = number(number, 10, 12);
        int day = number(number, 12, 14);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(number(number, 6, 10), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Gender genderOf(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }
}
