package cn.huzhu.adapter.excel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.huzhu.domain.change.ChangeRecord;

/** 变更记录 as .xlsx: one row per change, Beijing time, names as the lists show them (never an ID number). */
public final class ChangeLogWorkbook {
    public static final String FILE_NAME = "变更记录.xlsx";
    static final List<String> TITLES = List.of("时间", "变更类型", "单位", "申请书号", "人员", "内容", "经办人");
    private static final double[] WIDTHS = {20, 10, 30, 12, 10, 50, 14};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public byte[] write(List<ChangeRecord> records) {
        return ListSheets.write("变更记录", TITLES, WIDTHS, sheet -> {
            int row = 1;
            for (ChangeRecord r : records) {
                sheet.value(row, 0, TIME.format(r.at()));
                sheet.value(row, 1, r.kind().label());
                sheet.value(row, 2, r.unitName());
                sheet.value(row, 3, r.applicationNo());
                sheet.value(row, 4, r.personName());
                sheet.value(row, 5, r.detail());
                sheet.value(row, 6, r.by());
                row++;
            }
        });
    }
}
