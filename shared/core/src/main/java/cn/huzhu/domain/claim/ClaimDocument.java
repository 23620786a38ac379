package cn.huzhu.domain.claim;

/** A document of a claim: its type (出院小结, 诊断证明 …) and the file the unit uploaded to the business for it. */
public record ClaimDocument(String type, String attachmentId) {
}
