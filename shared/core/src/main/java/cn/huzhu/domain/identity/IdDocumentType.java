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
}
