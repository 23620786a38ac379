package cn.huzhu.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Valid 居民身份证 numbers for fixtures. The check digit is computed here independently of production code: weight
 * i is 2^(17-i) mod 11 (GB 11643's definition, not its table), and the check value is (12 - sum mod 11) mod 11.
 */
public final class TestIds {
    private TestIds() {
    }

    /** @param sequence 1..999; odd for men, even for women */
    public static String resident(String region, LocalDate birth, int sequence) {
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (int) (Math.pow(2, 17 - i) % 11);
            sum += (body.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return body + (check == 10 ? "X" : Integer.toString(check));
    }

    public static String man(LocalDate birth, int index) {
        return resident("370202", birth, (index * 2 + 1) % 1000);
    }

    public static String woman(LocalDate birth, int index) {
        return resident("370203", birth, (index * 2 + 2) % 1000);
    }
}
