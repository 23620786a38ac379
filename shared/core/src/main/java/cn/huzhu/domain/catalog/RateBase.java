package cn.huzhu.domain.catalog;

/** What a plan's participation rate (参保率) is measured against. */
public enum RateBase {
    ALL_EMPLOYEES("在职职工人数"), FEMALE_EMPLOYEES("在职女职工人数");

    private final String label;

    RateBase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
