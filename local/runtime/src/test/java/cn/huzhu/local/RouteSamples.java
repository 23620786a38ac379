package cn.huzhu.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A well-formed value for every path parameter the template's routes use, for the walks over all routes: each walk
 * puts its own owner's ids over these. A route with a parameter missing here fails both walks by name.
 */
final class RouteSamples {
    private RouteSamples() {
    }

    static Map<String, String> parameters() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("planCode", "ZY01");
        samples.put("memberKey", "0123456789abcdef0123456789abcdef");
        samples.put("batchId", "00000000000000000000");
        samples.put("attachmentId", "00000000000000000000");
        samples.put("mailId", "00000000000000000000");
        samples.put("activityId", "A01");
        samples.put("invoiceId", "00000000000000000000");
        samples.put("number", "0000000001");
        samples.put("key", "0123456789abcdef0123456789abcdef");
        samples.put("correctionId", "00000000000000000000");
        samples.put("claimId", "00000000000000000000");
        return samples;
    }
}
