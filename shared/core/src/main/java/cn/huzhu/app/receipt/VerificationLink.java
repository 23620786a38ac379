package cn.huzhu.app.receipt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.huzhu.domain.invoice.ReceiptContent;

/** The address of the public 查验 page for a receipt or a 确认书: what their QR codes hold and the receipt's mail names. */
public final class VerificationLink {
    private final String webUrl;

    /** {@code webUrl}: where the web UI is served, e.g. https://huzhu.example.cn/ */
    public VerificationLink(String webUrl) {
        this.webUrl = webUrl.endsWith("/") ? webUrl : webUrl + "/";
    }

    public String page() {
        return webUrl + "#/verify";
    }

    public String of(ReceiptContent receipt) {
        return page() + "?code=" + encode(receipt.code()) + "&number=" + encode(receipt.number()) + "&check="
                + encode(receipt.checkCode());
    }

    /** The 查验 address of a 确认书. */
    public String confirmation(String number, String check) {
        return page() + "?kind=confirmation&number=" + encode(number) + "&check=" + encode(check);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
