package cn.huzhu.adapter;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.ses.SesMailer;
import cn.huzhu.adapter.smtp.SmtpMailer;
import cn.huzhu.app.port.Mailer;

/** The mailer MAIL_TRANSPORT names: SMTP where the region has no SES (template.yaml decides), else SES v2. */
public final class Mailers {
    private Mailers() {
    }

    public static Mailer create(AwsSettings aws) {
        return "SMTP".equals(aws.env().get("MAIL_TRANSPORT", "SES")) ? SmtpMailer.create(aws) : SesMailer.create(aws);
    }
}
