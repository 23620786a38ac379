package cn.huzhu.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for Chinese file names (RFC 6266 / 5987), with an ASCII fallback for old clients. */
public final class ContentDisposition {
    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** Shown by the browser rather than saved, under this name when saved after all. */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String kind, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
