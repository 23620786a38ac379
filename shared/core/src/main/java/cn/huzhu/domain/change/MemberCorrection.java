package cn.huzhu.domain.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.roster.PersonInput;
import cn.huzhu.domain.roster.PersonRules;
import cn.huzhu.domain.roster.RosterColumn;

/**
 * 信息更正: a unit asks to correct a member's 姓名 or 证件号码, with a reason and an attachment; a reviewer approves or
 * refuses it. The corrected person must pass the roster rules and keep the recorded birth date and sex (a resident ID
 * whose digits say otherwise is another person: 减员 + 增员). The old values stay here, for the office only.
 *
 * @param personKey the member's key when asked; {@code was} and {@code corrected} the person before and after
 */
public record MemberCorrection(String id, String enrollmentId, String applicationNo, String unitId, String unitName,
        String orgCode, String personKey, Person was, Person corrected, String reason, String attachmentId,
        Status status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String refusal) {
    public static final int REASON_MAX = 200;

    public enum Status {
        REQUESTED("待审核"), APPROVED("已同意"), REFUSED("已拒绝");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A new request; refused with every reason when the corrected person breaks a rule or nothing changes. */
    public static MemberCorrection request(String id, CorrectionTarget target, String name, String idNumber, String reason,
            String attachmentId, String by, Instant now, LocalDate today) {
        Person was = target.person();
        Checks checks = new Checks();
        checks.require(reason != null && !reason.isBlank() && reason.trim().length() <= REASON_MAX, "reason",
                "请填写更正原因（不超过" + REASON_MAX + "字）");
        checks.require(attachmentId != null && !attachmentId.isBlank(), "attachmentId", "请上传证明材料（如身份证复印件）");
        checks.throwIfAny("CORRECTION_INVALID");
        Person corrected = corrected(was, name, idNumber, today);
        if (corrected.name().equals(was.name()) && corrected.idNumber().equals(was.idNumber())) {
            throw DomainException.invalid("CORRECTION_UNCHANGED", "更正后的姓名和证件号码与原信息相同");
        }
        return new MemberCorrection(id, target.enrollmentId(), target.applicationNo(), target.unitId(), target.unitName(),
                target.orgCode(), target.personKey(), was, corrected, reason.trim(), attachmentId, Status.REQUESTED, by, now,
                null, null, null);
    }

    /**
     * The person with the new name and number (blank: unchanged), checked by the roster rules with the recorded birth date
     * and sex stated: a resident ID that says otherwise is refused with the hint to use 减员 + 增员.
     */
    static Person corrected(Person was, String name, String idNumber, LocalDate today) {
        String newName = name == null || name.isBlank() ? was.name() : name;
        String newNumber = idNumber == null || idNumber.isBlank() ? was.idNumber() : idNumber;
        PersonRules.Check check = PersonRules.check(new PersonInput(newName, was.idType().label(), newNumber,
                was.gender().label(), was.birthDate().toString(), was.phone(), was.occupation().label(), was.note()), today);
        if (!check.ok()) {
            List<Problem> problems = check.problems();
            // the recorded sex and birth date are stated, so a problem with either is a number that names someone else
            boolean otherPerson = problems.stream().anyMatch(p -> RosterColumn.GENDER.header().equals(p.field())
                    || RosterColumn.BIRTH_DATE.header().equals(p.field()));
            throw DomainException.invalid("CORRECTION_INVALID", otherPerson
                    ? "更正后的证件号码与原出生日期或性别不符，不能更正为另一人；请办理减员后再增员"
                    : problems.get(0).message(), problems);
        }
        return check.person();
    }

    public MemberCorrection approved(String by, Instant now) {
        requireOpen();
        return new MemberCorrection(id, enrollmentId, applicationNo, unitId, unitName, orgCode, personKey, was, corrected,
                reason, attachmentId, Status.APPROVED, requestedBy, requestedAt, by, now, null);
    }

    public MemberCorrection refused(String by, Instant now, String why) {
        requireOpen();
        if (why == null || why.isBlank() || why.trim().length() > REASON_MAX) {
            throw DomainException.invalid("REFUSAL_REASON_REQUIRED", "请填写拒绝原因（不超过" + REASON_MAX + "字）");
        }
        return new MemberCorrection(id, enrollmentId, applicationNo, unitId, unitName, orgCode, personKey, was, corrected,
                reason, attachmentId, Status.REFUSED, requestedBy, requestedAt, by, now, why.trim());
    }

    private void requireOpen() {
        if (status != Status.REQUESTED) {
            throw DomainException.conflict("CORRECTION_DECIDED", "该更正申请已" + status.label() + "，不能再处理");
        }
    }

    /** What changed, as the unit's 变更记录 says it: the fields, never the old values. */
    public String changedFields() {
        boolean name = !corrected.name().equals(was.name());
        boolean number = !corrected.idNumber().equals(was.idNumber());
        return name && number ? "姓名、证件号码" : name ? "姓名" : "证件号码";
    }

    /** The member a correction is asked for, as the enrollment holds it. */
    public record CorrectionTarget(String enrollmentId, String applicationNo, String unitId, String unitName,
            String orgCode, String personKey, Person person) {
    }
}
