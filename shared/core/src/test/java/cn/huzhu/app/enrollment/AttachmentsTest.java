package cn.huzhu.app.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.testing.World;

/** Step ③ attachments: presigned upload to S3, then the first bytes decide. */
class AttachmentsTest {
    private final World world = new World();
    private final Caller unit = world.newUnit("附件测试单位");

    /** Asks for an upload, then PUTs the content to the presigned address as the browser does. */
    private Attachments.UploadTicket uploaded(Enrollment enrollment, String fileName, byte[] content) throws Exception {
        Attachments.UploadTicket ticket = world.attachments.requestUpload(unit, enrollment.id(), fileName, (long) content.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.uploadUrl()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        ticket.headers().forEach(request::header);
        assertThat(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
        return ticket;
    }

    @Test
    void aPdfIsKeptAndCanBeDownloadedAndDeleted() throws Exception {
        Enrollment enrollment = world.draft(unit, "P0101");
        byte[] pdf = "%PDF-1.4 盖章名单".getBytes(StandardCharsets.UTF_8);
        Attachments.UploadTicket ticket = uploaded(enrollment, "盖章名单.pdf", pdf);
        assertThat(world.attachments.complete(unit, enrollment.id(), ticket.attachment().id()).uploaded()).isTrue();
        assertThat(world.attachments.list(unit, enrollment.id())).extracting(a -> a.fileName()).containsExactly("盖章名单.pdf");
        assertThat(world.attachments.list(world.reviewer, enrollment.id())).hasSize(1);
        URI link = world.attachments.url(world.reviewer, enrollment.id(), ticket.attachment().id(), false);
        HttpResponse<byte[]> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(saved.body()).isEqualTo(pdf);
        assertThat(saved.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;");
        // the reviewer's 查看 shows it in the browser, as the PDF it was checked to be
        URI view = world.attachments.url(world.reviewer, enrollment.id(), ticket.attachment().id(), true);
        HttpResponse<byte[]> shown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(view).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(shown.body()).isEqualTo(pdf);
        assertThat(shown.headers().firstValue("Content-Disposition")).get().asString().startsWith("inline;");
        assertThat(shown.headers().firstValue("Content-Type")).contains("application/pdf");
        world.attachments.delete(unit, enrollment.id(), ticket.attachment().id());
        assertThat(world.attachments.list(unit, enrollment.id())).isEmpty();
    }

    @Test
    void aFileThatOnlyPretendsToBeAPictureIsThrownAway() throws Exception {
        Enrollment enrollment = world.draft(unit, "P0101");
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        Attachments.UploadTicket ticket = uploaded(enrollment, "photo.png", script);
        assertThatThrownBy(() -> world.attachments.complete(unit, enrollment.id(), ticket.attachment().id()))
                .hasMessageContaining("不是有效的PDF、JPG或PNG");
        assertThat(world.files.size(Bucket.UPLOADS, "attachments/" + enrollment.id() + "/" + ticket.attachment().id())).isEmpty();
        assertThat(world.attachments.list(unit, enrollment.id())).isEmpty();
    }

    @Test
    void onlyPdfJpgPngWithinTheLimitAreAccepted() {
        Enrollment enrollment = world.draft(unit, "P0101");
        assertThatThrownBy(() -> world.attachments.requestUpload(unit, enrollment.id(), "名单.docx", 100L))
                .hasMessage("附件只能是PDF、JPG或PNG文件");
        assertThatThrownBy(() -> world.attachments.requestUpload(unit, enrollment.id(), "大图.jpg", 11L * 1024 * 1024))
                .hasMessageContaining("10MB");
        Caller stranger = world.newUnit("别的单位");
        assertThatThrownBy(() -> world.attachments.requestUpload(stranger, enrollment.id(), "a.pdf", 100L))
                .hasMessage("参保单不存在");
    }
}
