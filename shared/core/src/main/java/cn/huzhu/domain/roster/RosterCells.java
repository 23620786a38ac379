package cn.huzhu.domain.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.huzhu.domain.common.Problem;

/** Turns typed spreadsheet cells into the text the person rules read, catching what Excel did to numbers. */
public final class RosterCells {
    static final String NUMERIC_ID_HINT = "证件号码被Excel存成了数字（显示为" + "%s" + "），末尾数字已丢失；"
            + "请将“证件号码”列设置为文本格式后重新填写号码";

    private RosterCells() {
    }

    public record Converted(PersonInput input, List<Problem> problems) {
    }

    public static Converted toInput(Map<RosterColumn, CellValue> cells) {
        List<Problem> problems = new ArrayList<>();
        String idNumber = idNumber(cells.get(RosterColumn.ID_NUMBER), cells.get(RosterColumn.ID_TYPE), problems);
        PersonInput input = new PersonInput(
                text(cells.get(RosterColumn.NAME)),
                text(cells.get(RosterColumn.ID_TYPE)),
                idNumber,
                text(cells.get(RosterColumn.GENDER)),
                text(cells.get(RosterColumn.BIRTH_DATE)),
                text(cells.get(RosterColumn.PHONE)),
                text(cells.get(RosterColumn.OCCUPATION)),
                text(cells.get(RosterColumn.NOTE)),
                text(cells.get(RosterColumn.HIRE_DATE)));
        return new Converted(input, problems);
    }

    /**
     * A 居民身份证 number stored as a number has lost its last digits (Excel keeps 15) and any X: the row fails with a
     * hint. Other documents may be all digits; a whole number is read as its digits.
     */
    private static String idNumber(CellValue cell, CellValue typeCell, List<Problem> problems) {
        if (cell instanceof CellValue.Numeric numeric) {
            String type = text(typeCell).trim();
            boolean residentId = type.isEmpty() || type.equals("居民身份证");
            if (residentId || !numeric.isIntegral()) {
                problems.add(new Problem(RosterColumn.ID_NUMBER.header(), String.format(NUMERIC_ID_HINT, numeric.raw())));
                return null;
            }
            return numeric.plainInteger();
        }
        return text(cell);
    }

    public static String text(CellValue cell) {
        if (cell == null || cell instanceof CellValue.Blank) {
            return "";
        }
        if (cell instanceof CellValue.Numeric numeric) {
            return numeric.isIntegral() ? numeric.plainInteger() : numeric.value().toPlainString();
        }
        return cell.display();
    }
}
