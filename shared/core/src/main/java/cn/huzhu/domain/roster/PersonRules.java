package cn.huzhu.domain.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.identity.ResidentIdNumber;
import cn.huzhu.domain.identity.TextNormalizer;

/** The roster row rules about the person: name, document, gender, birth date, phone, occupation, note. */
public final class PersonRules {
    public static final int NAME_MAX = 30;
    public static final int NOTE_MAX = 100;
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[A-Z0-9-]{5,30}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

    private PersonRules() {
    }

    /**
     * The outcome for one person. {@code person} is set only when there is no problem; birth date, gender and
     * occupation are set whenever they could be read, so plan rules can still speak about age and gender.
     */
    public record Check(Person person, LocalDate birthDate, Gender gender, Occupation occupation, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Check check(PersonInput input, LocalDate today) {
        return check(input, today, List.of());
    }

    /** {@code earlier} are problems found before (e.g. while reading the cells); they are reported with the rest. */
    public static Check check(PersonInput input, LocalDate today, List<Problem> earlier) {
        List<Problem> problems = new ArrayList<>(earlier);
        String name = checkName(input.name(), problems);
        IdDocumentType type = checkType(input.idType(), problems);
        Gender statedGender = checkGender(input.gender(), problems);
        LocalDate statedBirth = checkBirthDate(input.birthDate(), today, problems);
        String idNumber = null;
        Gender gender = statedGender;
        LocalDate birth = statedBirth;
        boolean numberAlreadyFailed = earlier.stream().anyMatch(p -> RosterColumn.ID_NUMBER.header().equals(p.field()));
        if (type == IdDocumentType.RESIDENT_ID && !numberAlreadyFailed) {
            idNumber = ResidentIdNumber.normalize(input.idNumber());
            Optional<ResidentIdNumber> resident = checkResidentId(idNumber, today, problems);
            if (resident.isPresent()) {
                gender = resident.get().gender();
                birth = resident.get().birthDate();
                checkMatches(resident.get(), statedGender, statedBirth, problems);
            }
        } else if (type != null && !numberAlreadyFailed) {
            idNumber = checkOtherDocument(input, statedGender, statedBirth, problems);
        }
        String phone = checkPhone(input.phone(), problems);
        Occupation occupation = checkOccupation(input.occupation(), problems);
        String note = checkNote(input.note(), problems);
        LocalDate hiredOn = checkHireDate(input.hiredOn(), today, birth, problems);
        Person person = problems.isEmpty()
                ? new Person(name, type, idNumber, gender, birth, phone, occupation, note, hiredOn)
                : null;
        return new Check(person, birth, gender, occupation, List.copyOf(problems));
    }

    private static String checkName(String raw, List<Problem> problems) {
        String name = TextNormalizer.trim(raw);
        String field = RosterColumn.NAME.header();
        if (name.isEmpty()) {
            problems.add(new Problem(field, "不能为空"));
        } else if (name.length() > NAME_MAX) {
            problems.add(new Problem(field, "不能超过" + NAME_MAX + "个字，实际" + name.length() + "个字"));
        } else if (name.chars().anyMatch(Character::isDigit)) {
            problems.add(new Problem(field, "不能包含数字"));
        }
        return name;
    }

    private static IdDocumentType checkType(String raw, List<Problem> problems) {
        String label = TextNormalizer.trim(raw);
        if (label.isEmpty()) {
            return IdDocumentType.RESIDENT_ID;
        }
        Optional<IdDocumentType> type = IdDocumentType.fromLabel(label);
        if (type.isEmpty()) {
            problems.add(new Problem(RosterColumn.ID_TYPE.header(), "“" + label + "”不是可选的证件类型，应为："
                    + String.join("、", java.util.Arrays.stream(IdDocumentType.values()).map(IdDocumentType::label).toList())));
        }
        return type.orElse(null);
    }

    private static Optional<ResidentIdNumber> checkResidentId(String number, LocalDate today, List<Problem> problems) {
        String field = RosterColumn.ID_NUMBER.header();
        if (number.isEmpty()) {
            problems.add(new Problem(field, "不能为空"));
            return Optional.empty();
        }
        List<String> found = new ArrayList<>(2);
        Optional<ResidentIdNumber> id = ResidentIdNumber.read(number, today, found);
        found.forEach(message -> problems.add(new Problem(field, message)));
        return id;
    }

    private static void checkMatches(ResidentIdNumber id, Gender statedGender, LocalDate statedBirth, List<Problem> problems) {
        if (statedGender != null && statedGender != id.gender()) {
            problems.add(new Problem(RosterColumn.GENDER.header(), "填写为" + statedGender.label() + "，与身份证号码（"
                    + id.gender().label() + "）不一致"));
        }
        if (statedBirth != null && !statedBirth.equals(id.birthDate())) {
            problems.add(new Problem(RosterColumn.BIRTH_DATE.header(), "填写为" + statedBirth + "，与身份证号码（"
                    + id.birthDate() + "）不一致"));
        }
    }

    private static String checkOtherDocument(PersonInput input, Gender gender, LocalDate birth, List<Problem> problems) {
        String number = TextNormalizer.halfWidthWithoutSpaces(input.idNumber()).toUpperCase(java.util.Locale.ROOT);
        String field = RosterColumn.ID_NUMBER.header();
        if (number.isEmpty()) {
            problems.add(new Problem(field, "不能为空"));
        } else if (!OTHER_DOCUMENT.matcher(number).matches()) {
            problems.add(new Problem(field, "只能包含字母、数字和短横线，长度5到30位"));
        }
        if (gender == null && TextNormalizer.trim(input.gender()).isEmpty()) {
            problems.add(new Problem(RosterColumn.GENDER.header(), "非居民身份证必须填写性别"));
        }
        if (birth == null && TextNormalizer.trim(input.birthDate()).isEmpty()) {
            problems.add(new Problem(RosterColumn.BIRTH_DATE.header(), "非居民身份证必须填写出生日期"));
        }
        return number;
    }

    private static Gender checkGender(String raw, List<Problem> problems) {
        String label = TextNormalizer.trim(raw);
        if (label.isEmpty()) {
            return null;
        }
        Optional<Gender> gender = Gender.fromLabel(label);
        if (gender.isEmpty()) {
            problems.add(new Problem(RosterColumn.GENDER.header(), "应为“男”或“女”，实际为“" + label + "”"));
        }
        return gender.orElse(null);
    }

    private static LocalDate checkBirthDate(String raw, LocalDate today, List<Problem> problems) {
        return pastDate(raw, RosterColumn.BIRTH_DATE, today, problems);
    }

    private static LocalDate checkHireDate(String raw, LocalDate today, LocalDate birth, List<Problem> problems) {
        LocalDate hired = pastDate(raw, RosterColumn.HIRE_DATE, today, problems);
        if (hired != null && birth != null && !hired.isAfter(birth)) {
            problems.add(new Problem(RosterColumn.HIRE_DATE.header(), hired + "不晚于出生日期" + birth));
            return null;
        }
        return hired;
    }

    /** A date column: empty is null, else a date in one of the formats and not after today. */
    private static LocalDate pastDate(String raw, RosterColumn column, LocalDate today, List<Problem> problems) {
        String text = TextNormalizer.halfWidthWithoutSpaces(raw);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = parseDate(text);
        if (date.isEmpty()) {
            problems.add(new Problem(column.header(), "“" + text + "”不是有效日期，格式应为yyyy-MM-dd、yyyy/M/d或yyyyMMdd"));
            return null;
        }
        if (date.get().isAfter(today)) {
            problems.add(new Problem(column.header(), date.get() + "晚于今天"));
            return null;
        }
        return date.get();
    }

    public static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static String checkPhone(String raw, List<Problem> problems) {
        String phone = TextNormalizer.halfWidthWithoutSpaces(raw);
        if (!phone.isEmpty() && !MOBILE.matcher(phone).matches()) {
            problems.add(new Problem(RosterColumn.PHONE.header(), "应为1开头的11位数字"));
        }
        return phone;
    }

    private static Occupation checkOccupation(String raw, List<Problem> problems) {
        String label = TextNormalizer.trim(raw);
        if (label.isEmpty()) {
            return Occupation.GENERAL;
        }
        Optional<Occupation> occupation = Occupation.fromLabel(label);
        if (occupation.isEmpty()) {
            problems.add(new Problem(RosterColumn.OCCUPATION.header(), "应为“一般职业”或“高危职业”，实际为“" + label + "”"));
        }
        return occupation.orElse(Occupation.GENERAL);
    }

    private static String checkNote(String raw, List<Problem> problems) {
        String note = TextNormalizer.trim(raw);
        if (note.length() > NOTE_MAX) {
            problems.add(new Problem(RosterColumn.NOTE.header(), "不能超过" + NOTE_MAX + "个字"));
        }
        return note;
    }
}
