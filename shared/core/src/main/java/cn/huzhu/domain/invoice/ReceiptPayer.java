package cn.huzhu.domain.invoice;

import java.util.regex.Pattern;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.identity.TextNormalizer;
import cn.huzhu.domain.identity.CreditCode;

/**
 * Who a receipt names and where it is mailed: 抬头, 税号 with its type, 交款人邮箱 and 其他信息, checked alike on an
 * invoice and on a 换开.
 */
public record ReceiptPayer(String title, TaxIdType taxIdType, String taxId, String email, String otherInfo) {
    public static final int TITLE_MAX = 100;
    public static final int OTHER_INFO_MAX = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern OTHER_TAX_ID = Pattern.compile("[0-9A-Z-]{5,30}");

    /** The payer as typed, each problem noted in {@code checks} under its field. */
    public static ReceiptPayer read(String title, String taxIdType, String taxId, String payerEmail, String otherInfo,
            Checks checks) {
        String payer = TextNormalizer.trim(title);
        checks.require(!payer.isEmpty(), "title", "请填写抬头");
        checks.require(payer.length() <= TITLE_MAX, "title", "抬头不能超过" + TITLE_MAX + "个字");
        String number = taxId == null ? "" : CreditCode.normalize(taxId);
        TaxIdType type = number.isEmpty() ? null : TaxIdType.parse(taxIdType == null ? "" : taxIdType.trim())
                .orElse(TaxIdType.CREDIT_CODE);
        if (type == TaxIdType.CREDIT_CODE) {
            String problem = CreditCode.problem(number);
            checks.require(problem == null, "taxId", problem);
        } else if (type == TaxIdType.OTHER) {
            checks.require(OTHER_TAX_ID.matcher(number).matches(), "taxId", "税号只能包含字母、数字和短横线，长度5到30位");
        }
        String email = payerEmail == null ? "" : payerEmail.trim();
        checks.require(!email.isEmpty(), "payerEmail", "请填写交款人邮箱，电子票据将发送到该邮箱");
        checks.require(email.isEmpty() || EMAIL.matcher(email).matches() && email.length() <= 100, "payerEmail",
                "交款人邮箱格式不正确");
        String other = TextNormalizer.trim(otherInfo);
        checks.require(other.length() <= OTHER_INFO_MAX, "otherInfo", "其他信息不能超过" + OTHER_INFO_MAX + "个字");
        return new ReceiptPayer(payer, type, number, email, other);
    }
}
