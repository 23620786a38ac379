package cn.huzhu.domain.roster;

import java.time.LocalDate;

import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;

/**
 * A member's personal data as it stands after the row rules: normalised, complete, consistent.
 *
 * @param hiredOn 入职日期, which a 增员 later in the term needs; null when not given
 */
public record Person(
        String name,
        IdDocumentType idType,
        String idNumber,
        Gender gender,
        LocalDate birthDate,
        String phone,
        Occupation occupation,
        String note,
        LocalDate hiredOn) {

    public Person(String name, IdDocumentType idType, String idNumber, Gender gender, LocalDate birthDate, String phone,
            Occupation occupation, String note) {
        this(name, idType, idNumber, gender, birthDate, phone, occupation, note, null);
    }

    public boolean highRisk() {
        return occupation == Occupation.HIGH_RISK;
    }
}
