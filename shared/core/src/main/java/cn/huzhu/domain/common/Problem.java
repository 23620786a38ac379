package cn.huzhu.domain.common;

/** One thing wrong with one field (a form field or a roster column), said in Chinese. */
public record Problem(String field, String message) {
    @Override
    public String toString() {
        return field == null || field.isEmpty() ? message : field + "：" + message;
    }
}
