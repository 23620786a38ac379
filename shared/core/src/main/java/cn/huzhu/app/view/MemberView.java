package cn.huzhu.app.view;

import java.time.LocalDate;

import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.roster.Person;

/** A member in a list: ID and phone numbers masked; the key identifies the member without the number. */
public record MemberView(String key, String name, String idType, String idTypeLabel, String idNumberMasked,
        String gender, String genderLabel, LocalDate birthDate, String phoneMasked, String occupation,
        String occupationLabel, String note, LocalDate coverageStart, LocalDate unexpiredUntil) {

    public static MemberView of(Member m) {
        Person p = m.person();
        return new MemberView(m.key(), p.name(), p.idType().name(), p.idType().label(), Masking.idNumber(p.idNumber()),
                p.gender().name(), p.gender().label(), p.birthDate(), Masking.phone(p.phone()), p.occupation().name(),
                p.occupation().label(), p.note(), m.coverageStart(), m.unexpiredUntil());
    }
}
