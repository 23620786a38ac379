package cn.huzhu.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Json;

/** Reads back the mail aws-ses-v2-local received (GET /store). */
public final class SesStore {
    private SesStore() {
    }

    public record Mail(String to, String subject, String body, JsonNode raw) {
        /** The files the message carried, as the emulator parsed them out of the MIME message. */
        public List<Attachment> attachments() {
            List<Attachment> files = new ArrayList<>();
            for (JsonNode file : raw.path("attachments")) {
                files.add(new Attachment(file.path("filename").asText(), file.path("contentType").asText(),
                        java.util.Base64.getDecoder().decode(file.path("content").asText())));
            }
            return files;
        }
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public static List<Mail> mails() {
        return mails(TestAws.emulators().sesEndpoint());
    }

    /** The mail of the SES emulator at this endpoint (e.g. the local runtime's own). */
    public static List<Mail> mails(URI endpoint) {
        try {
            URI store = endpoint.resolve("/store");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(store).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Mail> mails = new ArrayList<>();
            for (JsonNode email : Json.tree(response.body()).path("emails")) {
                String to = email.path("destination").path("to").path(0).asText(email.path("destination").path("to").asText());
                mails.add(new Mail(to, email.path("subject").asText(), email.path("body").path("text").asText(), email));
            }
            return mails;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<Mail> to(String address) {
        return mails().stream().filter(mail -> mail.to().contains(address)).toList();
    }
}
