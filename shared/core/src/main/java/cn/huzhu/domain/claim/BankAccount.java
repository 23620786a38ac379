package cn.huzhu.domain.claim;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.identity.TextNormalizer;

/**
 * Where the payout goes: 户名 the member's own name, or for 身故 a beneficiary with the relation; the 开户行 and the
 * account number (digits only, 12 to 30; spaces typed for reading are dropped).
 */
public record BankAccount(String holder, String bank, String number, String relation) {
    private static final Pattern DIGITS = Pattern.compile("\\d{12,30}");

    public static BankAccount of(String holder, String bank, String number, String relation) {
        return new BankAccount(TextNormalizer.trim(holder), TextNormalizer.trim(bank),
                number == null ? "" : number.replaceAll("[\\s-]", ""), TextNormalizer.trim(relation));
    }

    /**
     * Refused with every reason: a missing 开户行, an account number that is not 12–30 digits, a 户名 not the member's
     * (a beneficiary with the relation is named for a 身故, and for any claim of a member who has died).
     */
    public void check(String memberName, ClaimKind kind, boolean memberDeceased) {
        Checks checks = new Checks();
        checks.require(!bank.isEmpty() && bank.length() <= 60, "bank", "请填写开户行（不超过60个字）");
        checks.require(DIGITS.matcher(number).matches(), "accountNumber", "银行账号应为12到30位数字");
        if (kind == ClaimKind.ACCIDENT_DEATH || memberDeceased) {
            checks.require(!holder.isEmpty(), "accountHolder", "请填写受益人姓名");
            checks.require(holder.equals(memberName) || !relation.isEmpty(), "relation", "受益人非本人时请填写与会员的关系");
        } else {
            checks.require(holder.equals(memberName), "accountHolder", "户名应为会员本人（" + memberName + "）");
        }
        checks.throwIfAny("BANK_ACCOUNT_INVALID");
    }

    /**
     * A warning, not a refusal: a 16–19 digit number that fails the Luhn check most bank cards carry is likely mistyped
     * (some cards and most 存折 accounts carry none).
     */
    public Optional<String> warning() {
        if (number.length() < 16 || number.length() > 19 || luhn(number)) {
            return Optional.empty();
        }
        return Optional.of("银行卡号校验位不符，请核对是否输错（存折账号可忽略此提示）");
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
