package cn.huzhu.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.testing.TestAws;

/** The S3 adapter against s3proxy: browsers' presigned PUTs and GETs, and direct reads. */
class S3FileStoreTest {
    private static final S3FileStore FILES = S3FileStore.create(new AwsSettings(TestAws.all()));
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBrowserUploadsWithThePresignedUrlAndDownloadsUnderItsName() throws Exception {
        String key = "attachments/test/" + UUID.randomUUID();
        byte[] content = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        FileStore.Upload upload = FILES.presignUpload(Bucket.UPLOADS, key, "application/pdf", content.length,
                Duration.ofMinutes(5));
        assertThat(put(upload, content).statusCode()).isEqualTo(200);

        assertThat(FILES.size(Bucket.UPLOADS, key)).contains((long) content.length);
        assertThat(FILES.head(Bucket.UPLOADS, key, 4)).containsExactly('%', 'P', 'D', 'F');
        try (InputStream in = FILES.open(Bucket.UPLOADS, key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        URI download = FILES.presignDownload(Bucket.UPLOADS, key, "盖章名单.pdf", Duration.ofMinutes(5));
        HttpResponse<byte[]> got = http.send(HttpRequest.newBuilder(download).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(content);
        assertThat(got.headers().firstValue("content-disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("filename*=UTF-8''%E7%9B%96%E7%AB%A0%E5%90%8D%E5%8D%95.pdf"));
    }

    @Test
    void theSignedSizeIsEnforced() throws Exception {
        String key = "attachments/test/" + UUID.randomUUID();
        FileStore.Upload upload = FILES.presignUpload(Bucket.UPLOADS, key, "application/pdf", 10, Duration.ofMinutes(5));
        assertThat(put(upload, new byte[2000]).statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(FILES.size(Bucket.UPLOADS, key)).isEmpty();
    }

    @Test
    void functionsWriteAndDeleteDirectly() {
        String key = "failed-rows/test/" + UUID.randomUUID() + ".xlsx";
        FILES.put(Bucket.GENERATED, key, new byte[] {1, 2, 3}, "application/octet-stream");
        assertThat(FILES.size(Bucket.GENERATED, key)).contains(3L);
        FILES.delete(Bucket.GENERATED, key);
        assertThat(FILES.size(Bucket.GENERATED, key)).isEmpty();
    }

    private HttpResponse<String> put(FileStore.Upload upload, byte[] content) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(upload.url()).PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        upload.headers().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
