package cn.huzhu.app.view;

import java.math.BigDecimal;

import cn.huzhu.domain.money.Money;

/** Formatting shared by the views: money as "2375.00", percentages without trailing zeros. */
public final class Views {
    private Views() {
    }

    public static String money(Money money) {
        return money == null ? null : money.format();
    }

    public static String percent(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
