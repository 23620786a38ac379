import { describe, expect, it } from 'vitest';
import { fieldsOf, kindsFor, tagOf } from './claims.js';

describe('claims', () => {
  it('offers the kinds a cover can claim, of those the server lists', () => {
    const kinds = [{ value: 'HOSPITAL_STAY', label: '住院医疗', activityType: 'HOSPITAL' },
      { value: 'ACCIDENT_MEDICAL', label: '意外医疗', activityType: 'ACCIDENT' },
      { value: 'CRITICAL_ILLNESS', label: '重疾', activityType: 'CRITICAL_ILLNESS' },
      { value: 'ACCIDENT_DEATH', label: '意外身故', activityType: 'ACCIDENT' }];
    expect(kindsFor(kinds, 'ACCIDENT').map((k) => k.label)).toEqual(['意外医疗', '意外身故']);
    expect(kindsFor(kinds, 'HOSPITAL').map((k) => k.value)).toEqual(['HOSPITAL_STAY']);
    expect(kindsFor(kinds, 'NEW_BUSINESS')).toEqual([]);
  });
  it('asks for the fields of the kind only', () => {
    expect(fieldsOf('ACCIDENT_MEDICAL')).toMatchObject({ stay: true, accident: true, illness: false, grade: false });
    expect(fieldsOf('FEMALE_DISEASE')).toMatchObject({ stay: false, illness: true, accident: false });
    expect(fieldsOf('ACCIDENT_DEATH')).toMatchObject({ outcome: true, grade: false });
  });
  it('colours paid and refused apart', () => {
    expect(tagOf('PAID')).toBe('success');
    expect(tagOf('REFUSED')).toBe('danger');
    expect(tagOf('NOPE')).toBe('');
  });
});
