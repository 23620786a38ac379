package cn.huzhu.adapter.ses;

import java.nio.charset.StandardCharsets;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.app.port.Mailer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Amazon SES v2: plain messages as simple content, messages with files as raw MIME. Sender from MAIL_FROM. */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    public static SesMailer create(AwsSettings aws) {
        var builder = SesV2Client.builder().region(aws.region()).credentialsProvider(aws.credentials())
                .httpClient(aws.httpClient());
        aws.endpoint("SESV2").ifPresent(builder::endpointOverride);
        return new SesMailer(builder.build(), aws.env().require("MAIL_FROM"));
    }

    @Override
    public String send(Mail mail) {
        SendEmailRequest request = mail.attachments().isEmpty() ? simple(mail) : raw(mail);
        try {
            return ses.sendEmail(request).messageId();
        } catch (SdkException e) {
            throw new MailFailure(e.getMessage(), e);
        }
    }

    private SendEmailRequest simple(Mail mail) {
        return SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(mail.to()))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(mail.subject()).charset("UTF-8"))
                        .body(b -> b.text(t -> t.data(mail.body()).charset("UTF-8")))))
                .build();
    }

    private SendEmailRequest raw(Mail mail) {
        byte[] mime = MimeMessages.of(from, mail).getBytes(StandardCharsets.UTF_8);
        return SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(mail.to()))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromByteArray(mime))))
                .build();
    }
}
