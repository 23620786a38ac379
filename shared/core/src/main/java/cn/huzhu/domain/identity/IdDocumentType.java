package cn.huzhu.domain.identity;

import java.util.Arrays;
import java.util.Optional;

/** 证件类型 accepted on a roster. */
public enum IdDocumentType {
    RESIDENT_ID("居民身份证"),
    HK_MACAO_PASS("港澳居民来往内地通行证"),
    TAIWAN_PASS("台湾居民来往大陆通行证"),
    FOREIGN_PERMANENT_ID("外国人永久居留身份证"),
    PASSPORT("护照");

    private final String label;

    IdDocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<IdDocumentType> fromLabel(String label) {
        String wanted = label == null ? "" : label.trim();
        return Arrays.stream(values()).filter(type -> type.label.equals(wanted)).findFirst();
    }

    /** Whether a search text looks like a whole document number (then searched by key) rather than a name. */
    public static boolean looksLikeNumber(String typed) {
        String normalized = ResidentIdNumber.normalize(typed);
        return normalized.length() >= 5 && normalized.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) && c < 128)
                && normalized.chars().filter(Character::isDigit).count() >= 4;
    }
}
