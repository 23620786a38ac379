package cn.huzhu.domain.claim;

import cn.huzhu.domain.common.Labeled;

/** The tiers of an illness list: each pays once per term; a 重症 payment ends the plan's cover for the member. */
public enum IllnessTier implements Labeled {
    SEVERE("重症"), MILD("轻症"), IN_SITU("原位癌");

    private final String label;

    IllnessTier(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
