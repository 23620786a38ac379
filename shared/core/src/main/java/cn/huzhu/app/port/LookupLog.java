package cn.huzhu.app.port;

import java.time.Instant;

/** Every public 参保查询, kept for the office: when, from which address (hashed), for whom (keyed hash), the outcome. */
public interface LookupLog {
    /** @param outcome 已查到, 未查到, 验证码错误, 超过次数 */
    record Lookup(Instant at, String addressHash, String personKey, String outcome) {
    }

    void record(Lookup lookup);
}
