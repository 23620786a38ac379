package cn.huzhu.adapter.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.huzhu.adapter.aws.AwsJsonCall;
import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.app.port.Mailer;
import cn.huzhu.emulators.FreePort;
import cn.huzhu.testing.TestAws;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The SMTP mailer against a real SMTP server (GreenMail), as the SES mailer is tested against its emulator. */
class SmtpMailerTest {
    private GreenMail server;
    private int port;

    @BeforeEach
    void start() {
        port = FreePort.pick();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("office@huzhu.test", "office@huzhu.test", "relay-secret");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsTheSameMimeMessageWithChineseTextAndAPdfThroughTheRelay() throws Exception {
        SmtpMailer mailer = new SmtpMailer("127.0.0.1", port, "office@huzhu.test", () -> "relay-secret", "office@huzhu.test");
        byte[] pdf = "%PDF-1.7 电子票据".getBytes(StandardCharsets.UTF_8);
        String id = mailer.send(new Mailer.Mail("unit@example.com", "【职工互助保障】电子票据", "附件为贵单位的电子票据。",
                List.of(new Mailer.Attachment("电子票据-LZ1.pdf", "application/pdf", pdf))));
        assertThat(id).isNotBlank();
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("【职工互助保障】电子票据");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("unit@example.com");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("office@huzhu.test");
        assertThat(mail.getSentDate()).isNotNull();
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("电子票据");
        Part attachment = parts.getBodyPart(1);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(attachment.getFileName())).isEqualTo("电子票据-LZ1.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    /** As deployed: the password is the secret SMTP_SECRET names, read when mail goes out. */
    @Test
    void thePasswordComesFromItsSecret() {
        AwsSettings aws = new AwsSettings(TestAws.all());
        String secret = "smtp-" + UUID.randomUUID();
        String arn = AwsJsonCall.secretsManager(aws).call("CreateSecret", Map.of("Name", secret, "SecretString",
                "relay-secret")).path("ARN").asText();
        SmtpMailer mailer = SmtpMailer.create(new AwsSettings(aws.env().with(Map.of("MAIL_TRANSPORT", "SMTP",
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(port), "SMTP_USERNAME", "office@huzhu.test",
                "SMTP_SECRET", arn, "MAIL_FROM", "office@huzhu.test"))));
        mailer.send(new Mailer.Mail("unit@example.com", "s", "b", List.of()));
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRelayThatRefusesTheLoginOrCannotBeReachedIsAMailFailure() {
        SmtpMailer wrongPassword = new SmtpMailer("127.0.0.1", port, "office@huzhu.test", () -> "wrong", "office@huzhu.test");
        assertThatThrownBy(() -> wrongPassword.send(new Mailer.Mail("u@example.com", "s", "b", List.of())))
                .isInstanceOf(Mailer.MailFailure.class);
        SmtpMailer unreachable = new SmtpMailer("127.0.0.1", FreePort.pick(), "", () -> "", "office@huzhu.test");
        assertThatThrownBy(() -> unreachable.send(new Mailer.Mail("u@example.com", "s", "b", List.of())))
                .isInstanceOf(Mailer.MailFailure.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }
}
