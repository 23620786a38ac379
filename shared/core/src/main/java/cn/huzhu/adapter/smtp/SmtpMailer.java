package cn.huzhu.adapter.smtp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretText;
import cn.huzhu.adapter.ses.MimeMessages;
import cn.huzhu.api.Env;
import cn.huzhu.app.port.Mailer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail over SMTP (Eclipse Angus Mail) through the office's relay or an enterprise mail provider, for regions without
 * SES (the China partition). The message is the same MIME message SES is given. Port 465 speaks TLS from the start,
 * other ports upgrade with STARTTLS when the server offers it.
 */
public final class SmtpMailer implements Mailer {
    private final Session session;
    private final String from;
    private final String username;
    private final Supplier<String> password;

    /** @param password read when a mail is sent, so a changed password is used from then on */
    public SmtpMailer(String host, int port, String username, Supplier<String> password, String from) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.auth", Boolean.toString(!username.isEmpty()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        if (port == 465) {
            properties.put("mail.smtp.ssl.enable", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        } else {
            properties.put("mail.smtp.starttls.enable", "true");
        }
        this.session = Session.getInstance(properties);
        this.from = from;
        this.username = username;
        this.password = password;
    }

    /** From SMTP_HOST, SMTP_PORT, SMTP_USERNAME and MAIL_FROM, the password from the secret SMTP_SECRET names. */
    public static SmtpMailer create(AwsSettings aws) {
        Env env = aws.env();
        Supplier<String> password = env.get("SMTP_SECRET").<Supplier<String>>map(id -> SecretText.of(aws, id))
                .orElse(() -> "");
        return new SmtpMailer(env.require("SMTP_HOST"), Integer.parseInt(env.get("SMTP_PORT", "465")),
                env.get("SMTP_USERNAME", ""), password, env.require("MAIL_FROM"));
    }

    @Override
    public String send(Mail mail) {
        byte[] mime = MimeMessages.of(from, mail).getBytes(StandardCharsets.UTF_8);
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mime));
            Address[] to = {new InternetAddress(mail.to(), true)};
            if (username.isEmpty()) {
                Transport.send(message, to);
            } else {
                Transport.send(message, to, username, password.get());
            }
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new MailFailure(e.getMessage(), e);
        }
    }
}
