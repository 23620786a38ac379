package cn.huzhu.adapter.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cn.huzhu.app.roster.FailedRowsWriter;
import cn.huzhu.app.roster.RosterWriter;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.RosterColumn;

/**
 * A roster of known persons in the template's columns (序号, 姓名, 证件类型, 证件号码, 性别, 出生日期, 手机号, 职业类别, 备注, 入职日期),
 * e.g. a 续保's members, written so that the ordinary import reads it like any upload.
 */
public final class RenewalRosterWorkbook implements RosterWriter {
    private static final List<String> TITLES = Arrays.stream(RosterColumn.values()).map(RosterColumn::templateHeader).toList();

    @Override
    public void write(Path target, List<Person> persons) {
        try (FailedRowsWriter.Session session = FailedRowsWorkbook.open(target, "参保人员", TITLES, null)) {
            int sequence = 1;
            for (Person p : persons) {
                session.add(List.of(new CellValue.Numeric(BigDecimal.valueOf(sequence), Integer.toString(sequence)),
                        CellValue.text(p.name()), CellValue.text(p.idType().label()), CellValue.text(p.idNumber()),
                        CellValue.text(p.gender().label()), new CellValue.DateValue(p.birthDate()),
                        CellValue.text(p.phone()), CellValue.text(p.occupation().label()), CellValue.text(p.note()),
                        p.hiredOn() == null ? CellValue.BLANK : new CellValue.DateValue(p.hiredOn())), "");
                sequence++;
            }
        }
    }
}
