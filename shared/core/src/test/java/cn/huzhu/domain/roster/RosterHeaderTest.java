package cn.huzhu.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RosterHeaderTest {

    @Test
    void findsColumnsByHeaderNameWhateverTheirOrderAndMarks() {
        RosterHeader header = RosterHeader.read(List.of("备注", " 证件号码* ", "工号", "＊姓名", "性 别")).orElseThrow();
        assertThat(header.position(RosterColumn.ID_NUMBER)).contains(1);
        assertThat(header.position(RosterColumn.NAME)).contains(3);
        assertThat(header.position(RosterColumn.GENDER)).contains(4);
        assertThat(header.position(RosterColumn.NOTE)).contains(0);
        assertThat(header.position(RosterColumn.PHONE)).isEmpty();
        assertThat(header.titles()).hasSize(5);
        var picked = header.pick(Arrays.asList(CellValue.text("备"), CellValue.text("X"), CellValue.text("007"),
                CellValue.text("王五")));
        assertThat(picked.get(RosterColumn.NAME)).isEqualTo(CellValue.text("王五"));
        assertThat(picked.get(RosterColumn.GENDER)).isEqualTo(CellValue.BLANK);
    }

    @Test
    void aHeaderWithoutNameOrNumberIsNotARoster() {
        List<String> cells = List.of("序号", "名字", "身份证");
        assertThat(RosterHeader.read(cells)).isEmpty();
        assertThat(RosterHeader.missingColumnsMessage(cells, 10)).contains("前10行").contains("“姓名”“证件号码”");
    }
}
