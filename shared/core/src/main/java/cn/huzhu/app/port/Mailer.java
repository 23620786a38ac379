package cn.huzhu.app.port;

import java.util.List;

/** Sends email. Throws {@link MailFailure} when the provider refused or could not be reached. */
public interface Mailer {
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    record Mail(String to, String subject, String body, List<Attachment> attachments) {
    }

    /** Returns the provider's message id. */
    String send(Mail mail);

    class MailFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
