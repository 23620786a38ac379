package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.huzhu.app.roster.FailedRowsWriter;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.testing.Workbooks;

class FailedRowsWorkbookTest {

    @Test
    void keepsTheOriginalColumnsAsTextAndAddsTheReason(@TempDir Path dir) {
        Path file = dir.resolve("failed.xlsx");
        List<String> titles = List.of("姓名*", "证件号码*", "工号");
        try (FailedRowsWriter.Session session = new FailedRowsWorkbook().open(file, titles)) {
            session.add(List.of(CellValue.text("张三"), new CellValue.Numeric(new java.math.BigDecimal("1.10105E+17"),
                    "1.10105E+17"), CellValue.text("007")), "证件号码：被Excel存成了数字");
            session.add(List.of(CellValue.text("李四"), CellValue.text("11010519491231002X")), "性别：与身份证号码不一致");
        }
        Workbooks.Sheet sheet = Workbooks.read(file);
        List<String> header = sheet.header();
        List<RosterRow> rows = sheet.rows();
        assertThat(header).containsExactly("姓名*", "证件号码*", "工号", "失败原因");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly(CellValue.text("张三"), CellValue.text("1.10105E+17"),
                CellValue.text("007"), CellValue.text("证件号码：被Excel存成了数字"));
        assertThat(rows.get(1).cells().get(1)).isEqualTo(CellValue.text("11010519491231002X"));
        assertThat(rows.get(1).cells().get(3)).isEqualTo(CellValue.text("性别：与身份证号码不一致"));
    }
}
