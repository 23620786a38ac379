package cn.huzhu.domain.statement;

import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.money.Money;

/**
 * A 待缴费 enrollment as matching sees it: its 缴款识别码, what the unit owes (单位应付金额), when its notice was first
 * printed, and the names a payer may transfer under (the unit's, its invoices' 抬头).
 */
public record OpenDue(String enrollmentId, String applicationNo, String unitId, String unitName, String code,
        Money payable, LocalDate noticePrintedOn, List<String> titles) {
    public OpenDue {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }
}
