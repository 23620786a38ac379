package cn.huzhu.app.port;

/** Gap-tolerant counters for human-facing numbers (申请书号, 批次号, 确认书号). */
public interface SequenceStore {
    long next(String name);
}
