package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.huzhu.domain.change.ChangeKind;
import cn.huzhu.domain.change.ChangeRecord;

class ChangeLogWorkbookTest {

    @Test
    void oneRowPerChangeInBeijingTime() throws Exception {
        List<ChangeRecord> records = List.of(
                new ChangeRecord("1", ChangeKind.REMOVAL, "e1", "PRT9", "u1", "某单位", "1503", "k.1", "张三", "离职，2026-12-04",
                        Instant.parse("2026-12-03T16:30:00Z"), "unit1"),
                new ChangeRecord("2", ChangeKind.CORRECTION, "e1", "PRT9", "u1", "某单位", "1503", "k.2", "李四", "更正姓名（错字）",
                        Instant.parse("2026-12-03T01:00:00Z"), "reviewer1"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new ChangeLogWorkbook().write(records)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(IntStream.range(0, 7).mapToObj(i -> f.formatCellValue(sheet.getRow(0).getCell(i))).toList())
                    .isEqualTo(ChangeLogWorkbook.TITLES);
            assertThat(IntStream.range(0, 7).mapToObj(i -> f.formatCellValue(sheet.getRow(1).getCell(i))).toList())
                    .containsExactly("2026-12-04 00:30:00", "减员", "某单位", "PRT9", "张三", "离职，2026-12-04", "unit1");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("信息更正");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
