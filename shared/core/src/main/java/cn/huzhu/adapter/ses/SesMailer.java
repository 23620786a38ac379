package cn.huzhu.adapter.ses;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SignedHttp;
import cn.huzhu.api.Json;
import cn.huzhu.app.port.Mailer;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Amazon SES v2 SendEmail (POST /v2/email/outbound-emails): plain messages as simple content, messages with files as
 * raw MIME. Sender from MAIL_FROM.
 */
public final class SesMailer implements Mailer {
    private final SignedHttp http;
    private final URI endpoint;
    private final String from;

    public SesMailer(SignedHttp http, URI endpoint, String from) {
        this.http = http;
        this.endpoint = endpoint;
        this.from = from;
    }

    public static SesMailer create(AwsSettings aws) {
        return new SesMailer(aws.signedHttp("ses"), aws.endpoint("SESV2", "email"), aws.env().require("MAIL_FROM"));
    }

    @Override
    public String send(Mail mail) {
        byte[] body = Json.bytes(Map.of("FromEmailAddress", from, "Destination", Map.of("ToAddresses", List.of(mail.to())),
                "Content", mail.attachments().isEmpty() ? simple(mail) : raw(mail)));
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .encodedPath("/v2/email/outbound-emails").putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", Integer.toString(body.length)).build();
        SignedHttp.Response response;
        try {
            response = http.send(request, body);
        } catch (RuntimeException unreachable) {
            throw new MailFailure("SES unreachable: " + unreachable.getMessage(), unreachable);
        }
        JsonNode answer = Json.tree(response.body());
        if (!response.ok()) {
            throw new MailFailure("SES refused (" + response.status() + "): " + answer.path("message").asText(
                    answer.path("Message").asText(response.text())), null);
        }
        return answer.path("MessageId").asText();
    }

    private static Map<String, Object> simple(Mail mail) {
        return Map.of("Simple", Map.of(
                "Subject", Map.of("Data", mail.subject(), "Charset", "UTF-8"),
                "Body", Map.of("Text", Map.of("Data", mail.body(), "Charset", "UTF-8"))));
    }

    private Map<String, Object> raw(Mail mail) {
        byte[] mime = MimeMessages.of(from, mail).getBytes(StandardCharsets.UTF_8);
        return Map.of("Raw", Map.of("Data", Base64.getEncoder().encodeToString(mime)));
    }
}
