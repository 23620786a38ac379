package cn.huzhu.app.receipt;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.RateLimiter;
import cn.huzhu.app.port.ReceiptBook;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.invoice.ReceiptCorrection;

/**
 * 查验 (public, no login): whether 票据代码 + 票据号码 + 校验码 name a receipt this office issued, or 确认书号 + 查验码 a
 * 确认书, and if so what it says. A wrong code says only that; requests per address and minute are limited, so numbers
 * cannot be tried at speed.
 */
public final class Verification {
    private static final Pattern CODE = Pattern.compile("\\d{8}");
    private static final Pattern NUMBER = Pattern.compile("\\d{10}");
    private static final Pattern CHECK = Pattern.compile("[0-9a-z]{6}");
    private static final Pattern CONFIRMATION = Pattern.compile("[A-Z]{1,5}\\d{4,20}");
    static final String NOT_FOUND = "未查到票据代码、票据号码和校验码均一致的票据，请核对后重新输入；如有疑问请联系开票单位";
    static final String CONFIRMATION_NOT_FOUND = "未查到确认书号和查验码均一致的确认书，请核对后重新输入；如有疑问请联系办事处";

    private final ReceiptBook book;
    private final CorrectionStore corrections;
    private final EnrollmentStore enrollments;
    private final CheckCodes checkCodes;
    private final RateLimiter limiter;
    private final SettingsStore settings;
    private final String orgCode;

    /**
     * {@code genuine}: the rest is present only when it is. {@code status}: 正常, 已冲红, 已换开 (with {@code replacedBy},
     * the 票据代码-票据号码 that replaced it) or 红字票据 (naming {@code related}, the receipt it reverses).
     */
    public record Result(boolean genuine, String message, String code, String number, LocalDate issuedOn, String total,
            String totalInWords, String payee, String payer, String status, String replacedBy, String related) {
    }

    /**
     * A genuine 确认书's unit, size and dates; nothing but the message otherwise.
     *
     * @param persons 参保人次 (each plan's persons added up); anonymous of them, counted without names (无名单)
     */
    public record ConfirmationResult(boolean genuine, String message, String number, String unitName, Integer persons,
            Integer anonymous, LocalDate confirmedOn, LocalDate effectiveOn) {
    }

    public Verification(ReceiptBook book, CorrectionStore corrections, EnrollmentStore enrollments, CheckCodes checkCodes,
            RateLimiter limiter, SettingsStore settings, String orgCode) {
        this.book = book;
        this.corrections = corrections;
        this.enrollments = enrollments;
        this.checkCodes = checkCodes;
        this.limiter = limiter;
        this.settings = settings;
        this.orgCode = orgCode;
    }

    public Result verify(String sourceAddress, String code, String number, String check) {
        limit(sourceAddress);
        String c = trim(code);
        String n = padded(trim(number));
        String k = trim(check).toLowerCase(Locale.ROOT);
        new Checks().require(CODE.matcher(c).matches(), "code", "票据代码应为8位数字")
                .require(NUMBER.matcher(n).matches(), "number", "票据号码应为10位数字")
                .require(CHECK.matcher(k).matches(), "check", "校验码应为6位字母或数字")
                .throwIfAny("VERIFY_INPUT_INVALID");
        Optional<Receipt> found = book.find(c, n).filter(receipt -> checkCodes.receiptHolds(receipt.content(), k));
        if (found.isEmpty()) {
            return new Result(false, NOT_FOUND, c, n, null, null, null, null, null, null, null, null);
        }
        ReceiptContent r = found.get().content();
        Optional<ReceiptCorrection> became = corrections.find(found.get().enrollmentId(), c, n).filter(x -> !x.inForce());
        String status = r.red() ? "红字票据" : became.map(x -> x.status().label()).orElse("正常");
        String replacedBy = became.filter(x -> x.replacementNumber() != null)
                .map(x -> x.replacementCode() + "-" + x.replacementNumber()).orElse(null);
        String message = "经查验，该票据为" + r.payee() + "开具的真实票据" + (became.isEmpty() ? ""
                : replacedBy == null ? "，已冲红" : "，已换开，新票据为" + replacedBy);
        return new Result(true, message, r.code(), r.number(), r.issuedOn(), r.total().format(), r.totalInWords(),
                r.payee(), r.payer(), status, replacedBy, r.related());
    }

    public ConfirmationResult confirmation(String sourceAddress, String number, String check) {
        limit(sourceAddress);
        String n = trim(number).toUpperCase(Locale.ROOT);
        String k = trim(check).toLowerCase(Locale.ROOT);
        new Checks().require(CONFIRMATION.matcher(n).matches(), "number", "确认书号格式不正确")
                .require(CHECK.matcher(k).matches(), "check", "查验码应为6位字母或数字")
                .throwIfAny("VERIFY_INPUT_INVALID");
        Optional<Enrollment> found = enrollments.findByConfirmationNo(n)
                .filter(e -> e.state() == EnrollmentState.CONFIRMED)
                .filter(e -> checkCodes.confirmationHolds(ConfirmationContent.Facts.of(e), k));
        if (found.isEmpty()) {
            return new ConfirmationResult(false, CONFIRMATION_NOT_FOUND, n, null, null, null, null, null);
        }
        ConfirmationContent.Facts f = ConfirmationContent.Facts.of(found.get());
        int anonymous = found.get().plans().stream().mapToInt(EnrollmentPlan::anonymousCount).sum();
        return new ConfirmationResult(true, "经查验，该确认书真实有效", f.number(), f.unitName(), f.persons(), anonymous,
                f.confirmedOn(), f.effectiveOn());
    }

    private void limit(String sourceAddress) {
        int perMinute = settings.get(orgCode).receipts().verificationsPerMinute();
        if (!limiter.allow("verify", checkCodes.callerKey(sourceAddress == null ? "" : sourceAddress), perMinute)) {
            throw DomainException.tooMany("VERIFY_RATE_LIMITED", "查验过于频繁，请1分钟后再试");
        }
    }

    /** A 票据号码 typed without its leading zeros ("2") is the 10-digit one ("0000000002"). */
    private static String padded(String number) {
        return number.matches("\\d{1,9}") ? "0".repeat(10 - number.length()) + number : number;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
