package cn.huzhu.domain.roster;

/** A member's data as typed: from a roster row (after cell conversion) or from the edit form. Every field may be junk. */
public record PersonInput(
        String name,
        String idType,
        String idNumber,
        String gender,
        String birthDate,
        String phone,
        String occupation,
        String note,
        String hiredOn) {

    public PersonInput(String name, String idType, String idNumber, String gender, String birthDate, String phone,
            String occupation, String note) {
        this(name, idType, idNumber, gender, birthDate, phone, occupation, note, "");
    }
}
