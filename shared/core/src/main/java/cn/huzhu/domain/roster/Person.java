package cn.huzhu.domain.roster;

import java.time.LocalDate;

import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;

/** A member's personal data as it stands after the row rules: normalised, complete, consistent. */
public record Person(
        String name,
        IdDocumentType idType,
        String idNumber,
        Gender gender,
        LocalDate birthDate,
        String phone,
        Occupation occupation,
        String note) {

    public boolean highRisk() {
        return occupation == Occupation.HIGH_RISK;
    }
}
