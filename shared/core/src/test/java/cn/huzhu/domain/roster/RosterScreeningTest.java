package cn.huzhu.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.TestIds;

class RosterScreeningTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 25);
    private static final LocalDate EFFECTIVE = TODAY.plusDays(1);
    private static final PersonKeys KEYS = new PersonKeys(KeyRing.single("a-test-secret-of-thirty-two-characters", "people"));
    private static final RosterHeader HEADER = RosterHeader.read(List.of("姓名", "证件类型", "证件号码", "职业类别")).orElseThrow();

    private static RosterRow row(int number, String name, String idNumber, String occupation) {
        return new RosterRow(number, List.of(CellValue.text(name), CellValue.BLANK, CellValue.text(idNumber),
                CellValue.text(occupation)));
    }

    private static RowVerdict screen(RosterScreening screening, RosterRow row, Map<ActivityType, LocalDate> ends) {
        return screening.decide(row, screening.identify(row, HEADER), ends);
    }

    private static RowVerdict screen(List<ChosenPlan> plans, RosterRow row) {
        RosterScreening screening = new RosterScreening(plans, KEYS, TODAY);
        return screen(screening, row, Map.of());
    }

    @Test
    void ageIsCountedOnThePlannedEffectiveDateWithInclusiveBounds() {
        // 65 on the effective date: still in 16-65; one day older at 66: out
        String turns65 = TestIds.man(EFFECTIVE.minusYears(65), 1);
        String turns66 = TestIds.man(EFFECTIVE.minusYears(66), 2);
        String turns16 = TestIds.man(EFFECTIVE.minusYears(16), 3);
        String almost16 = TestIds.man(EFFECTIVE.minusYears(16).plusDays(1), 4);
        assertThat(screen(List.of(Catalogs.hospital()), row(2, "甲", turns65, "")).accepted()).isTrue();
        assertThat(screen(List.of(Catalogs.hospital()), row(3, "乙", turns16, "")).accepted()).isTrue();
        assertThat(screen(List.of(Catalogs.hospital()), row(4, "丙", turns66, "")).problems())
                .singleElement().extracting(Problem::message).asString().contains("66周岁").contains("16至65周岁");
        assertThat(screen(List.of(Catalogs.hospital()), row(5, "丁", almost16, "")).problems())
                .singleElement().extracting(Problem::message).asString().contains("15周岁");
    }

    @Test
    void femaleOnlyPlansRefuseMen() {
        RowVerdict verdict = screen(List.of(Catalogs.female()), row(2, "王五", TestIds.man(LocalDate.of(1990, 1, 1), 1), ""));
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("性别");
            assertThat(problem.message()).contains("仅限女性");
        });
        assertThat(screen(List.of(Catalogs.female()), row(3, "赵六", TestIds.woman(LocalDate.of(1990, 1, 1), 1), ""))
                .accepted()).isTrue();
    }

    @Test
    void aFileForSeveralPlansPutsEachPersonInThePlansThatTakeThemAndSaysWhoRefusedAndWhy() {
        List<ChosenPlan> both = List.of(Catalogs.female(), Catalogs.critical());
        RowVerdict man = screen(both, row(2, "王五", TestIds.man(LocalDate.of(1990, 1, 1), 1), ""));
        assertThat(man.placements()).extracting(Placement::planCode).containsExactly("P0201");
        assertThat(man.placed()).isTrue();
        assertThat(man.accepted()).isFalse();
        assertThat(man.reason()).startsWith("已加入「职工重疾(会费36元)」").contains("女工特病2025版(标准版)(会费25元)")
                .contains("仅限女性").doesNotContain("职工重疾(会费36元)：");
        RowVerdict woman = screen(both, row(3, "赵六", TestIds.woman(LocalDate.of(1990, 1, 1), 1), ""));
        assertThat(woman.accepted()).isTrue();
        assertThat(woman.placements()).extracting(Placement::planCode).containsExactly("P0501", "P0201");
        RowVerdict tooOld = screen(both, row(4, "钱七", TestIds.woman(EFFECTIVE.minusYears(70), 2), ""));
        assertThat(tooOld.placed()).as("refused by every plan").isFalse();
        assertThat(tooOld.reason()).contains("女工特病").contains("职工重疾");
        RowVerdict unreadable = screen(both, row(5, "孙八", "110105194912310021", ""));
        assertThat(unreadable.placed()).as("the row rules refuse the person everywhere").isFalse();
    }

    @Test
    void highRiskOnlyWherethePlanTakesIt() {
        ChosenPlan noHighRisk = ChosenPlan.of(Catalogs.noHighRisk(Catalogs.ACCIDENT_20), Catalogs.ACCIDENT);
        String id = TestIds.man(LocalDate.of(1990, 1, 1), 1);
        assertThat(screen(List.of(noHighRisk), row(2, "钱七", id, "高危职业")).reason()).contains("职业类别").contains("不接受高危职业");
        RowVerdict accepted = screen(List.of(Catalogs.accident()), row(2, "钱七", id, "高危职业"));
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.person().highRisk()).isTrue();
    }

    @Test
    void theLaterRowOfAPersonTwiceInAFileFails() {
        RosterScreening screening = new RosterScreening(List.of(Catalogs.hospital()), KEYS, TODAY);
        String id = TestIds.man(LocalDate.of(1980, 5, 5), 1);
        assertThat(screen(screening, row(2, "孙八", id, ""), Map.of()).accepted()).isTrue();
        assertThat(screen(screening, row(3, "周九", TestIds.man(LocalDate.of(1981, 5, 5), 1), ""), Map.of()).accepted()).isTrue();
        RowVerdict again = screen(screening, row(7, "孙八", id.toLowerCase(), ""), Map.of());
        assertThat(again.accepted()).isFalse();
        assertThat(again.reason()).isEqualTo("证件号码：与第2行是同一人（重复）");
    }

    @Test
    void aDuplicateIsNamedByTheRowAndTheSequenceNumberPeopleSeeInTheFile() {
        RosterHeader numbered = RosterHeader.read(List.of("序号", "姓名", "证件号码"), 3).orElseThrow();
        RosterScreening screening = new RosterScreening(List.of(Catalogs.hospital()), KEYS, TODAY);
        String id = TestIds.man(LocalDate.of(1980, 5, 5), 1);
        RosterRow first = new RosterRow(4, List.of(new CellValue.Numeric(java.math.BigDecimal.valueOf(1), "1"),
                CellValue.text("孙八"), CellValue.text(id)));
        RosterRow second = new RosterRow(9, List.of(CellValue.text("6"), CellValue.text("孙八"), CellValue.text(id)));
        assertThat(screening.decide(first, screening.identify(first, numbered), Map.of()).accepted()).isTrue();
        assertThat(screening.decide(second, screening.identify(second, numbered), Map.of()).reason())
                .isEqualTo("证件号码：与第4行（序号1）是同一人（重复）");
    }

    @Test
    void aPersonWithCoverageNotYetEndedIsAcceptedAsUnexpired() {
        RosterScreening screening = new RosterScreening(List.of(Catalogs.hospital(), Catalogs.critical()), KEYS, TODAY);
        String id = TestIds.man(LocalDate.of(1980, 5, 5), 1);
        LocalDate hospitalEnds = LocalDate.of(2026, 3, 31);
        RowVerdict verdict = screen(screening, row(2, "吴十", id, ""), Map.of(ActivityType.HOSPITAL, hospitalEnds,
                ActivityType.CRITICAL_ILLNESS, TODAY));
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.placements()).containsExactly(
                new Placement("P0101", LocalDate.of(2026, 4, 1), hospitalEnds),
                new Placement("P0201", null, null));
    }

    @Test
    void ageOfAnUnexpiredMemberIsTakenWhenTheirNewCoverStarts() {
        RosterScreening screening = new RosterScreening(List.of(Catalogs.hospital()), KEYS, TODAY);
        LocalDate ends = LocalDate.of(2026, 6, 30);
        String turns66BeforeNewStart = TestIds.man(LocalDate.of(1960, 5, 1), 1);
        RowVerdict verdict = screen(screening, row(2, "郑一", turns66BeforeNewStart, ""), Map.of(ActivityType.HOSPITAL, ends));
        assertThat(verdict.reason()).contains("2026-07-01").contains("66周岁");
    }

    @Test
    void severalPlansNameThePlanInTheirMessages() {
        RowVerdict verdict = screen(List.of(Catalogs.hospital(), Catalogs.female()),
                row(2, "冯二", TestIds.man(LocalDate.of(1990, 1, 1), 1), ""));
        assertThat(verdict.reason()).isEqualTo("已加入「住院医疗(A方案)(会费95元)」；性别：「女工特病2025版(标准版)(会费25元)」仅限女性参保");
    }
}
