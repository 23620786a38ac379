package cn.huzhu.app.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.port.MailLog;
import cn.huzhu.app.port.Mailer;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.money.ChineseAmount;
import cn.huzhu.domain.unit.Unit;

/**
 * Tells a unit's contact by email that its enrollment was approved or returned. Every message is logged with its
 * delivery result first, so a failure of SES never loses the decision and a failed message can be sent again.
 */
public final class UnitNotifier {
    private static final Log LOG = Log.of(UnitNotifier.class);

    private final Mailer mailer;
    private final MailLog log;
    private final UnitStore units;
    private final SettingsStore settings;
    private final Ids ids;
    private final Clock clock;

    public UnitNotifier(Mailer mailer, MailLog log, UnitStore units, SettingsStore settings, Ids ids, Clock clock) {
        this.mailer = mailer;
        this.log = log;
        this.units = units;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public MailLog.Entry approved(Enrollment e) {
        String subject = "【职工互助保障】参保申请" + e.applicationNo() + "审核通过";
        String body = e.unitName() + "：\n\n贵单位提交的参保申请（申请书号：" + e.applicationNo() + "）已审核通过。\n"
                + "请登录系统，在“参保入会－线上开票录入”中录入开票信息并提交，再打印缴费通知单办理缴费。\n\n"
                + signature(e);
        return send(e, "APPROVED", subject, body);
    }

    public MailLog.Entry returned(Enrollment e, String reason) {
        String subject = "【职工互助保障】参保申请" + e.applicationNo() + "已退回";
        String body = e.unitName() + "：\n\n贵单位提交的参保申请（申请书号：" + e.applicationNo() + "）未通过初审，已退回。\n"
                + "退回原因：" + reason.trim() + "\n"
                + "请登录系统，在“参保入会－参保录入”中按退回原因修改后重新提交。\n\n"
                + signature(e);
        return send(e, "RETURNED", subject, body);
    }

    public MailLog.Entry invoicesSubmitted(Enrollment e) {
        String subject = "【职工互助保障】参保申请" + e.applicationNo() + "开票信息已提交";
        String body = e.unitName() + "：\n\n贵单位参保申请（申请书号：" + e.applicationNo() + "）的开票信息已提交，单位应付金额"
                + e.fees().payable().format() + "元（" + ChineseAmount.of(e.fees().payable()) + "）。\n"
                + "请登录系统，在“参保入会－缴费通知单打印”中打印缴费通知单，按通知单上的账户转账，"
                + "并在转账附言中写明单位名称和缴款识别码。办事处确认收款后，电子票据将发送到开票信息中的交款人邮箱。\n\n"
                + signature(e);
        return send(e, "INVOICES_SUBMITTED", subject, body);
    }

    /** 确认收款 done: the 确认书 can be printed, and the receipts go to the payers' addresses. */
    public MailLog.Entry paymentConfirmed(Enrollment e) {
        var confirmation = e.settlement().confirmation();
        String subject = "【职工互助保障】参保申请" + e.applicationNo() + "已确认收款，确认书可打印";
        String body = e.unitName() + "：\n\n贵单位参保申请（申请书号：" + e.applicationNo() + "）的会费"
                + e.settlement().payment().amount().format() + "元已确认收款，确认书号：" + confirmation.number() + "，生效日期："
                + confirmation.effectiveOn() + "。\n"
                + "请登录系统，在“参保入会－确认书打印”中核对参保人员名单并打印确认书。电子票据将发送到开票信息中的交款人邮箱。\n\n"
                + signature(e);
        return send(e, "PAYMENT_CONFIRMED", subject, body);
    }

    /** 续保提醒: the cover of a confirmed enrollment ends in so many days; logged under the threshold that was due. */
    public MailLog.Entry renewalReminder(Enrollment e, LocalDate endsOn, long days, int threshold) {
        String subject = "【职工互助保障】保障将于" + endsOn + "到期，请及时续保（确认书号" + e.settlement().confirmation().number() + "）";
        String body = e.unitName() + "：\n\n贵单位参保申请（申请书号：" + e.applicationNo() + "，确认书号："
                + e.settlement().confirmation().number() + "）的保障将于" + endsOn + "24时到期，距今还有" + days + "天。\n"
                + "请登录系统，在“参保入会－参保录入”中找到该参保单，点击“续保”办理续保；已办理续保并提交的请忽略本邮件。\n\n"
                + signature(e);
        return send(e, "RENEWAL_REMINDER_" + threshold, subject, body);
    }

    /**
     * News of a claim for its unit (退回补正, 拒付, 已支付), logged with the business it is filed under. It names the claim,
     * the member and the decision, never the diagnosis or the account.
     */
    public MailLog.Entry claimNews(Claim c, String kind) {
        Claim.Member m = c.member();
        String subject = "【职工互助保障】保障金申领" + c.claimNo() + c.state().label();
        StringBuilder body = new StringBuilder(m.unitName() + "：\n\n贵单位为会员" + m.name() + "提交的" + c.kind().label()
                + "保障金申领（申领编号：" + c.claimNo() + "）");
        Claim.Handling h = c.handling();
        switch (c.state()) {
            case RETURNED -> body.append("需补正后重新提交。\n需补正：").append(h.missing())
                    .append("\n请登录系统，在“申领处理”中补充材料或信息后再次提交。");
            case REFUSED -> body.append("经审核不予支付。\n拒付原因：").append(h.refusal().label())
                    .append(h.refusalText() == null ? "" : "（" + h.refusalText() + "）");
            case PAID -> body.append("已支付").append(h.amount().format()).append("元，支付日期").append(h.paidOn())
                    .append("，银行流水号").append(h.bankReference()).append("。");
            default -> body.append("当前状态：").append(c.state().label()).append("。");
        }
        body.append("\n\n").append(signature(m.orgCode()));
        return send(m.enrollmentId(), m.unitId(), kind, subject, body.toString());
    }

    /** Sends a logged message again, to the unit's current address (it may have been corrected since). */
    public MailLog.Entry resend(Enrollment e, String mailId) {
        MailLog.Entry entry = log.find(e.id(), mailId)
                .orElseThrow(() -> DomainException.notFound("MAIL_NOT_FOUND", "邮件记录不存在"));
        if (entry.status() == MailLog.Status.SENT) {
            throw DomainException.conflict("MAIL_ALREADY_SENT", "该邮件已发送成功，无需重发");
        }
        return deliver(entry, contactOf(e));
    }

    private String contactOf(Enrollment e) {
        return contactOf(e.unitId());
    }

    private String contactOf(String unitId) {
        return units.find(unitId).map(Unit::email).orElse("");
    }

    private MailLog.Entry send(Enrollment e, String kind, String subject, String body) {
        return send(e.id(), e.unitId(), kind, subject, body);
    }

    private MailLog.Entry send(String enrollmentId, String unitId, String kind, String subject, String body) {
        String to = contactOf(unitId);
        MailLog.Entry entry = new MailLog.Entry(enrollmentId, ids.next(), kind, to, subject, body, MailLog.Status.PENDING, null,
                null, 0, clock.instant(), clock.instant());
        log.put(entry);
        return deliver(entry, to);
    }

    private MailLog.Entry deliver(MailLog.Entry entry, String to) {
        MailLog.Entry result;
        if (to == null || to.isBlank()) {
            result = outcome(entry, to, MailLog.Status.FAILED, "单位未填写联系邮箱", null);
        } else {
            try {
                String messageId = mailer.send(new Mailer.Mail(to, entry.subject(), entry.body(), List.of()));
                result = outcome(entry, to, MailLog.Status.SENT, null, messageId);
            } catch (RuntimeException e) {
                LOG.warn("mail not delivered", Log.ALERT, Log.MAIL_UNDELIVERED, "enrollmentId", entry.enrollmentId(), "mailId", entry.id(),
                        "error", e.getMessage());
                result = outcome(entry, to, MailLog.Status.FAILED, e.getMessage(), null);
            }
        }
        log.put(result);
        return result;
    }

    private MailLog.Entry outcome(MailLog.Entry e, String to, MailLog.Status status, String error, String messageId) {
        return new MailLog.Entry(e.enrollmentId(), e.id(), e.kind(), to, e.subject(), e.body(), status, error, messageId,
                e.attempts() + 1, e.createdAt(), clock.instant());
    }

    private String signature(Enrollment e) {
        return signature(e.orgCode());
    }

    private String signature(String orgCode) {
        return settings.get(orgCode).payee().accountName() + "\n（本邮件由系统自动发送，请勿回复）";
    }
}
