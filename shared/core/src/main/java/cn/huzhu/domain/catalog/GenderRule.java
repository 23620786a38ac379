package cn.huzhu.domain.catalog;

/** Who may join a plan. */
public enum GenderRule {
    ANY("不限"), FEMALE_ONLY("仅女性");

    private final String label;

    GenderRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
