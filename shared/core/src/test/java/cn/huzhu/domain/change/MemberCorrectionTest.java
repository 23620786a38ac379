package cn.huzhu.domain.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.TestIds;

/** 信息更正's rules: the corrected person passes the roster rules and keeps birth date and sex. */
class MemberCorrectionTest {
    private static final LocalDate BIRTH = LocalDate.of(1990, 3, 8);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final Person WAS = new Person("王晓梅", IdDocumentType.RESIDENT_ID, TestIds.woman(BIRTH, 1), Gender.FEMALE,
            BIRTH, "13800000000", Occupation.GENERAL, "");
    private static final MemberCorrection.CorrectionTarget TARGET = new MemberCorrection.CorrectionTarget("e1", "PRT1", "u1",
            "单位", "1503", "k.1", WAS);

    private static MemberCorrection ask(String name, String number) {
        return MemberCorrection.request("c1", TARGET, name, number, "录入错误", "a1", "unit1", NOW, TODAY);
    }

    private static String code(Runnable call) {
        try {
            call.run();
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    @Test
    void aNumberOfTheSameBirthDateAndSexIsACorrectionAndTheRestOfThePersonStays() {
        MemberCorrection c = ask("", TestIds.woman(BIRTH, 2));
        assertThat(c.corrected().idNumber()).isEqualTo(TestIds.woman(BIRTH, 2));
        assertThat(c.corrected().name()).isEqualTo("王晓梅");
        assertThat(c.corrected().phone()).isEqualTo(WAS.phone());
        assertThat(c.changedFields()).isEqualTo("证件号码");
        assertThat(ask("王小梅", "").changedFields()).isEqualTo("姓名");
        assertThat(ask("王小梅", TestIds.woman(BIRTH, 3)).changedFields()).isEqualTo("姓名、证件号码");
    }

    @Test
    void anotherBirthDateOrSexIsAnotherPerson() {
        assertThatThrownBy(() -> ask("", TestIds.woman(BIRTH.plusDays(1), 1))).hasMessageContaining("减员后再增员");
        assertThatThrownBy(() -> ask("", TestIds.man(BIRTH, 1))).hasMessageContaining("减员后再增员");
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        assertThat(code(() -> ask("", "370203199003081234X"))).isEqualTo("CORRECTION_INVALID");
        assertThat(code(() -> ask("王晓梅", WAS.idNumber()))).isEqualTo("CORRECTION_UNCHANGED");
        assertThat(code(() -> MemberCorrection.request("c1", TARGET, "王小梅", "", " ", "a1", "u", NOW, TODAY)))
                .isEqualTo("CORRECTION_INVALID");
        assertThat(code(() -> MemberCorrection.request("c1", TARGET, "王小梅", "", "错字", null, "u", NOW, TODAY)))
                .isEqualTo("CORRECTION_INVALID");
    }

    @Test
    void aRequestIsDecidedOnce() {
        MemberCorrection approved = ask("王小梅", "").approved("reviewer1", NOW);
        assertThat(approved.status()).isEqualTo(MemberCorrection.Status.APPROVED);
        assertThat(code(() -> approved.refused("reviewer1", NOW, "不同意"))).isEqualTo("CORRECTION_DECIDED");
        assertThat(code(() -> ask("王小梅", "").refused("reviewer1", NOW, " "))).isEqualTo("REFUSAL_REASON_REQUIRED");
    }
}
