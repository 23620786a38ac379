package cn.huzhu.app.view;

import java.time.LocalDate;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.enrollment.Removal;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.roster.Eligibility;
import cn.huzhu.domain.roster.Person;

/**
 * A member in a list: ID and phone numbers masked, and the age instead of the birth date, because the digits a masked
 * ID number hides are the birth date. The key identifies the member without the number. The cover's end, the 观察期
 * and a 减员 show beside it.
 */
public record MemberView(String key, String name, String idType, String idTypeLabel, String idNumberMasked,
        String gender, String genderLabel, int age, String phoneMasked, String occupation, String occupationLabel,
        String note, LocalDate coverageStart, LocalDate unexpiredUntil, LocalDate coverageEnd, LocalDate waitingUntil,
        String removalReason, LocalDate removalDate, LocalDate hiredOn) {

    /** {@code enrollmentStart}: the enrollment's first day of cover, confirmed or planned (see {@link #startOf}). */
    public static MemberView of(Member m, LocalDate today, LocalDate enrollmentStart, EnrollmentPlan row) {
        Person p = m.person();
        MemberCover cover = MemberCover.of(m, enrollmentStart, row);
        Removal removal = m.removal();
        return new MemberView(m.key(), p.name(), p.idType().name(), p.idType().label(), Masking.idNumber(p.idNumber()),
                p.gender().name(), p.gender().label(), Eligibility.ageOn(p.birthDate(), today), Masking.phone(p.phone()),
                p.occupation().name(), p.occupation().label(), p.note(), cover.startsOn(), m.unexpiredUntil(),
                cover.endsOn(), cover.waitingLastDay(), removal == null ? null : removal.reason().label(),
                removal == null ? null : removal.date(), p.hiredOn());
    }

    /** The enrollment's first day of cover: as confirmed, or before that as planned, the day after today. */
    public static LocalDate startOf(Enrollment e, LocalDate today) {
        return e.settlement().confirmation() != null ? e.settlement().confirmation().effectiveOn() : today.plusDays(1);
    }

    /** One member as the owning unit's edit form shows it: the birth date too, the numbers still masked. */
    public record Detail(MemberView member, LocalDate birthDate) {
        public static Detail of(Member m, LocalDate today, LocalDate enrollmentStart, EnrollmentPlan row) {
            return new Detail(MemberView.of(m, today, enrollmentStart, row), m.person().birthDate());
        }
    }
}
