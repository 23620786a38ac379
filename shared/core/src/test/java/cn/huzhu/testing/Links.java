package cn.huzhu.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Links as a page reads them. */
public final class Links {
    private Links() {
    }

    /** The parameters of a link's query, decoded, as the 查验 page reads them from a scanned QR code. */
    public static Map<String, String> query(String url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
