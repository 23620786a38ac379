package cn.huzhu.domain.identity;

/** How personal numbers appear in lists and printouts. */
public final class Masking {
    private Masking() {
    }

    /** 370202********1234: the first six and last four stay. Short numbers keep only their ends. */
    public static String idNumber(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() >= 15) {
            return keep(number, 6, 4);
        }
        if (number.length() >= 6) {
            return keep(number, 2, 2);
        }
        return "*".repeat(number.length());
    }

    /** 138****1234 */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        return phone.length() >= 11 ? keep(phone, 3, 4) : keep(phone, 1, 1);
    }

    /** ****2345: a bank account by its last four digits only (spaces dropped). */
    public static String account(String account) {
        String digits = account == null ? "" : account.replaceAll("\\s", "");
        if (digits.isEmpty()) {
            return "";
        }
        return digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4);
    }

    private static String keep(String text, int head, int tail) {
        if (text.length() <= head + tail) {
            return text;
        }
        return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
    }
}
