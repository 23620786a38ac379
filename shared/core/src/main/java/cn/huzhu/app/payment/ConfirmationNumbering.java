package cn.huzhu.app.payment;

import java.time.format.DateTimeFormatter;

import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.SerialNumbers;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.Enrollment;

/**
 * 确认书号: G + org + yyyyMM + a four-digit sequence of the org and the month of confirmation, given to a confirmation
 * once it stands. The numbers come from {@link SerialNumbers}, so a refused, repeated or retried confirmation leaves
 * no gap, and one that was confirmed but not yet numbered (its request died) gets the same number from whoever asks.
 */
public final class ConfirmationNumbering {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final SerialNumbers serials;
    private final SettingsStore settings;
    private final EnrollmentEditor editor;
    private final CheckCodes checkCodes;

    public ConfirmationNumbering(SerialNumbers serials, SettingsStore settings, EnrollmentEditor editor,
            CheckCodes checkCodes) {
        this.serials = serials;
        this.settings = settings;
        this.editor = editor;
        this.checkCodes = checkCodes;
    }

    /** The enrollment with its 确认书号, numbering it if it has none yet. */
    public Enrollment ensure(Enrollment e) {
        Confirmation confirmation = e.settlement().confirmation();
        if (confirmation == null || confirmation.number() != null) {
            return e;
        }
        String month = confirmation.confirmedOn().format(MONTH);
        long sequence = serials.take("confirmation-" + e.orgCode() + "-" + month, e.id());
        String number = settings.get(e.orgCode()).numbering().confirmationPrefix() + e.orgCode() + month
                + String.format("%04d", sequence);
        // the 查验码 of the 确认书 is made with the receipt key current now, for good
        String keyId = checkCodes.currentKeyId();
        return editor.system(e.id(), current -> current.numberConfirmation(number, keyId));
    }
}
