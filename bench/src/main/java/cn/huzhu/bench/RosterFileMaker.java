package cn.huzhu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * Roster files for the benchmarks, in the template's layout: every 50th row breaks a rule (a wrong check digit), the
 * rest are valid people, IDs and phones as text as the template keeps them.
 */
final class RosterFileMaker {
    private RosterFileMaker() {
    }

    /** 职工甲乙… : names may not hold digits, so the row number is spelled with 天干. */
    private static String name(int number) {
        StringBuilder name = new StringBuilder("职工");
        for (char digit : Integer.toString(number).toCharArray()) {
            name.append("甲乙丙丁戊己庚辛壬癸".charAt(digit - '0'));
        }
        return name.toString();
    }

    static Path ensure(Path dir, int rows) throws IOException {
        return ensure(dir, rows, 0);
    }

    /**
     * A file of {@code rows} rows whose people are born on days of their own cohort: files of different cohorts share
     * nobody, so each can enroll people no enrollment covered before.
     */
    static Path ensure(Path dir, int rows, int cohort) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("roster-" + rows + (cohort == 0 ? "" : "-" + cohort) + ".xlsx");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            Workbook workbook = new Workbook(out, "huzhu-bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("参保人员");
            for (int column = 0; column < RosterFiles.TEMPLATE_HEADER.size(); column++) {
                sheet.value(0, column, RosterFiles.TEMPLATE_HEADER.get(column));
            }
            // 500 people share a birthday, so a cohort spans rows / 500 days
            LocalDate birth = LocalDate.of(1966, 1, 1).plusDays((long) cohort * (rows / 500 + 1));
            for (int i = 1; i <= rows; i++) {
                String id = TestIds.resident("370202", birth.plusDays(i / 500), i % 500 + 1);
                if (i % 50 == 0) {
                    id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
                }
                sheet.value(i, 0, i);
                sheet.value(i, 1, name(i));
                sheet.value(i, 2, "居民身份证");
                sheet.value(i, 3, id);
                sheet.value(i, 6, "138" + String.format("%08d", i));
                sheet.value(i, 7, i % 10 == 0 ? "高危职业" : "一般职业");
                if (i % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        Files.move(partial, file);
        return file;
    }
}
