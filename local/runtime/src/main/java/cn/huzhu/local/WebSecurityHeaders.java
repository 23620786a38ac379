package cn.huzhu.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers the web UI is served with, here and wherever web/dist is hosted in AWS (the README lists them for a
 * CloudFront response headers policy): scripts only from the page's own origin, no framing, no MIME sniffing, no
 * referrer (presigned links carry signatures). Element Plus sets inline styles, hence 'unsafe-inline' for styles only.
 */
final class WebSecurityHeaders {
    private WebSecurityHeaders() {
    }

    /** @param fileOrigin the origin browsers PUT files to with presigned URLs (the upload bucket's S3 endpoint) */
    static Map<String, String> forPages(String fileOrigin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-security-policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' " + fileOrigin + "; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
        headers.put("x-content-type-options", "nosniff");
        headers.put("x-frame-options", "DENY");
        headers.put("referrer-policy", "no-referrer");
        return headers;
    }
}
