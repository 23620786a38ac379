package cn.huzhu.adapter.ses;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

import cn.huzhu.app.port.Mailer;

/** A multipart/mixed MIME message: a UTF-8 text part and base64 attachments, headers encoded per RFC 2047/2231. */
public final class MimeMessages {
    private MimeMessages() {
    }

    public static String of(String from, Mailer.Mail mail) {
        String boundary = "huzhu-" + UUID.randomUUID();
        StringBuilder out = new StringBuilder();
        out.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        out.append("From: ").append(from).append("\r\n");
        out.append("To: ").append(mail.to()).append("\r\n");
        out.append("Subject: ").append(encodeWord(mail.subject())).append("\r\n");
        out.append("MIME-Version: 1.0\r\n");
        out.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        out.append("--").append(boundary).append("\r\n");
        out.append("Content-Type: text/plain; charset=UTF-8\r\n");
        out.append("Content-Transfer-Encoding: base64\r\n\r\n");
        out.append(base64Lines(mail.body().getBytes(StandardCharsets.UTF_8)));
        for (Mailer.Attachment attachment : mail.attachments()) {
            out.append("--").append(boundary).append("\r\n");
            out.append("Content-Type: ").append(attachment.contentType()).append("; name=\"")
                    .append(encodeWord(attachment.fileName())).append("\"\r\n");
            out.append("Content-Transfer-Encoding: base64\r\n");
            out.append("Content-Disposition: attachment; filename=\"").append(encodeWord(attachment.fileName()))
                    .append("\"\r\n\r\n");
            out.append(base64Lines(attachment.content()));
        }
        out.append("--").append(boundary).append("--\r\n");
        return out.toString();
    }

    private static String encodeWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String base64Lines(byte[] content) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(content) + "\r\n";
    }
}
