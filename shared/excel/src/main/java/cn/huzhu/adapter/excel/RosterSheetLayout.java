package cn.huzhu.adapter.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.Worksheet;

import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.RosterColumn;

/**
 * What makes a sheet a roster to fill in, wherever its columns are: drop-down lists for 证件类型 / 性别 / 职业类别, and the
 * columns whose digits must survive (证件号码, 手机号, 出生日期, 入职日期) formatted as text so Excel keeps an ID number's X and
 * every digit. The template and the failed-rows file share it.
 */
final class RosterSheetLayout {
    static final int LAST_ROW = 1_048_575;
    private static final List<RosterColumn> TEXT_COLUMNS = List.of(RosterColumn.ID_NUMBER, RosterColumn.PHONE,
            RosterColumn.BIRTH_DATE, RosterColumn.NAME, RosterColumn.NOTE, RosterColumn.HIRE_DATE);
    private static final Map<RosterColumn, List<String>> CHOICES = Map.of(
            RosterColumn.ID_TYPE, Arrays.stream(IdDocumentType.values()).map(IdDocumentType::label).toList(),
            RosterColumn.GENDER, Arrays.stream(Gender.values()).map(Gender::label).toList(),
            RosterColumn.OCCUPATION, Arrays.stream(Occupation.values()).map(Occupation::label).toList());

    private RosterSheetLayout() {
    }

    /** Applies the layout below the header row to the columns the titles name. */
    static void apply(Worksheet sheet, List<String> titles) {
        for (int column = 0; column < titles.size(); column++) {
            Optional<RosterColumn> known = RosterColumn.byHeader(titles.get(column));
            if (known.isEmpty()) {
                continue;
            }
            if (TEXT_COLUMNS.contains(known.get())) {
                sheet.style(column).format("@").set();
            }
            List<String> choices = CHOICES.get(known.get());
            if (choices != null) {
                sheet.range(1, column, LAST_ROW, column)
                        .validateWithListByFormula("\"" + String.join(",", choices) + "\"")
                        .allowBlank(true).showDropdown(true).showErrorMessage(true)
                        .errorTitle(known.get().header()).error("请从下拉列表中选择：" + String.join("、", choices));
            }
        }
    }

    static double width(RosterColumn column) {
        return switch (column) {
            case ID_NUMBER -> 24;
            case ID_TYPE -> 30;
            case NOTE -> 20;
            default -> 14;
        };
    }
}
