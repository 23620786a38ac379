/** 申领处理's shared words: the tag colour of a state, and the kinds an activity type's cover can claim. */
export const TAGS = { DRAFT: 'info', SUBMITTED: '', RETURNED: 'warning', ACCEPTED: '', ASSESSED: '', AWAITING_PAYMENT: 'warning',
  PAID: 'success', REFUSED: 'danger' };

export function tagOf(state) {
  return TAGS[state] ?? '';
}

export const KINDS = {
  HOSPITAL: [{ value: 'HOSPITAL_STAY', label: '住院医疗' }],
  CRITICAL_ILLNESS: [{ value: 'CRITICAL_ILLNESS', label: '重疾' }],
  FEMALE_DISEASE: [{ value: 'FEMALE_DISEASE', label: '女工特病' }],
  ACCIDENT: [{ value: 'ACCIDENT_MEDICAL', label: '意外医疗' }, { value: 'ACCIDENT_DISABILITY', label: '意外伤残' },
    { value: 'ACCIDENT_DEATH', label: '意外身故' }],
};

export function kindsFor(activityType) {
  return KINDS[activityType] || [];
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
