package cn.huzhu.app.view;

import java.time.LocalDate;

import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.roster.Eligibility;
import cn.huzhu.domain.roster.Person;

/**
 * A member in a list: ID and phone numbers masked, and the age instead of the birth date, because the digits a masked
 * ID number hides are the birth date. The key identifies the member without the number.
 */
public record MemberView(String key, String name, String idType, String idTypeLabel, String idNumberMasked,
        String gender, String genderLabel, int age, String phoneMasked, String occupation, String occupationLabel,
        String note, LocalDate coverageStart, LocalDate unexpiredUntil) {

    public static MemberView of(Member m, LocalDate today) {
        Person p = m.person();
        return new MemberView(m.key(), p.name(), p.idType().name(), p.idType().label(), Masking.idNumber(p.idNumber()),
                p.gender().name(), p.gender().label(), Eligibility.ageOn(p.birthDate(), today), Masking.phone(p.phone()),
                p.occupation().name(), p.occupation().label(), p.note(), m.coverageStart(), m.unexpiredUntil());
    }

    /** One member as the owning unit's edit form shows it: the birth date too, the numbers still masked. */
    public record Detail(MemberView member, LocalDate birthDate) {
        public static Detail of(Member m, LocalDate today) {
            return new Detail(MemberView.of(m, today), m.person().birthDate());
        }
    }
}
