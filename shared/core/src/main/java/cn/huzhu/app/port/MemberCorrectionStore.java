package cn.huzhu.app.port;

import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.change.MemberCorrection;

/** 信息更正 requests: kept for good, with the old values; open ones queued for the org's reviewers. */
public interface MemberCorrectionStore {
    /** Stores a new request; false when the member already has an open one. */
    boolean create(MemberCorrection correction);

    /** Replaces a request decided from {@code expected}'s state: false when someone decided it first. */
    boolean decide(MemberCorrection expected, MemberCorrection decided);

    Optional<MemberCorrection> find(String enrollmentId, String id);

    /** The org's open requests, oldest first. */
    List<MemberCorrection> open(String orgCode);

    /** A unit's requests, newest first. */
    Page<MemberCorrection> forUnit(String unitId, String cursor, int limit);
}
