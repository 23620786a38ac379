package cn.huzhu.adapter.ses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.app.port.Mailer;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.TestAws;

/** SES v2 through aws-ses-v2-local, read back from its store. */
class SesMailerTest {
    private static final SesMailer MAILER = SesMailer.create(new AwsSettings(TestAws.all()));

    @Test
    void sendsChineseTextMail() {
        String to = UUID.randomUUID() + "@example.com";
        String messageId = MAILER.send(new Mailer.Mail(to, "参保申请PRT1审核通过", "贵单位的参保申请已审核通过。", List.of()));
        assertThat(messageId).isNotBlank();
        assertThat(SesStore.to(to)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("参保申请PRT1审核通过");
            assertThat(mail.body()).contains("已审核通过");
        });
    }

    @Test
    void sendsFilesAsRawMime() {
        String to = UUID.randomUUID() + "@example.com";
        byte[] pdf = "%PDF-1.4 receipt".getBytes(StandardCharsets.US_ASCII);
        MAILER.send(new Mailer.Mail(to, "电子票据", "附件为电子票据。", List.of(new Mailer.Attachment("票据.pdf", "application/pdf", pdf))));
        assertThat(SesStore.to(to)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("电子票据");
            assertThat(mail.raw().toString()).contains(java.util.Base64.getEncoder().encodeToString(pdf));
        });
    }
}
