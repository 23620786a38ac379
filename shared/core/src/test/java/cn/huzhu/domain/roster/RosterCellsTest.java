package cn.huzhu.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RosterCellsTest {

    private static Map<RosterColumn, CellValue> cells(CellValue idType, CellValue idNumber) {
        Map<RosterColumn, CellValue> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.NAME, CellValue.text("张三"));
        cells.put(RosterColumn.ID_TYPE, idType);
        cells.put(RosterColumn.ID_NUMBER, idNumber);
        return cells;
    }

    @Test
    void anIdNumberStoredAsANumberFailsWithAHint() {
        RosterCells.Converted converted = RosterCells.toInput(cells(CellValue.BLANK,
                new CellValue.Numeric(new BigDecimal("110105194912310000"), "1.10105194912310E+17")));
        assertThat(converted.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("证件号码");
            assertThat(problem.message()).contains("1.10105194912310E+17").contains("文本格式");
        });
        PersonRules.Check check = PersonRules.check(converted.input(), LocalDate.of(2025, 1, 1), converted.problems());
        assertThat(check.problems()).hasSize(1);
    }

    @Test
    void anAllDigitPassportNumberStoredAsANumberIsKept() {
        RosterCells.Converted converted = RosterCells.toInput(cells(CellValue.text("护照"),
                new CellValue.Numeric(new BigDecimal("12345678"), "12345678")));
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.input().idNumber()).isEqualTo("12345678");
    }

    @Test
    void dateCellsAndNumericPhonesBecomeText() {
        Map<RosterColumn, CellValue> cells = cells(CellValue.BLANK, CellValue.text("11010519491231002X"));
        cells.put(RosterColumn.BIRTH_DATE, new CellValue.DateValue(LocalDate.of(1949, 12, 31)));
        cells.put(RosterColumn.PHONE, new CellValue.Numeric(new BigDecimal("13812345678"), "13812345678"));
        PersonInput input = RosterCells.toInput(cells).input();
        assertThat(input.birthDate()).isEqualTo("1949-12-31");
        assertThat(input.phone()).isEqualTo("13812345678");
        assertThat(PersonRules.check(input, LocalDate.of(2025, 1, 1)).ok()).isTrue();
    }
}
