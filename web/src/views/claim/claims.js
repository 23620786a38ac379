/** 申领处理's shared words: the tag colour of a state, and the kinds an activity type's cover can claim. */
export const TAGS = { DRAFT: 'info', SUBMITTED: '', RETURNED: 'warning', ACCEPTED: '', ASSESSED: '', AWAITING_PAYMENT: 'warning',
  PAID: 'success', REFUSED: 'danger' };

export function tagOf(state) {
  return TAGS[state] ?? '';
}

/**
 * Where the kinds of claim are read, as the server defines them: each with its label, the activity type whose cover
 * holds it and the documents the office asks for.
 */
export const CLAIM_KINDS = '/api/claim-documents';

/** The kinds an activity type's cover can claim, of the loaded ones. */
export function kindsFor(kinds, activityType) {
  return kinds.filter((k) => k.activityType === activityType);
}

/** Which event fields a kind asks for. */
export function fieldsOf(kind) {
  return {
    stay: kind === 'HOSPITAL_STAY' || kind === 'ACCIDENT_MEDICAL',
    illness: kind === 'CRITICAL_ILLNESS' || kind === 'FEMALE_DISEASE',
    accident: kind?.startsWith('ACCIDENT_'),
    grade: kind === 'ACCIDENT_DISABILITY',
    outcome: kind === 'ACCIDENT_DISABILITY' || kind === 'ACCIDENT_DEATH',
  };
}
