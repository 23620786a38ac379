import { describe, expect, it } from 'vitest';
import { addMoney, dateTime, date, problemsByField, progress } from './format.js';

describe('times are shown in China as yyyy-MM-dd HH:mm:ss whatever the browser', () => {
  it('formats an instant', () => {
    expect(dateTime('2025-11-25T07:06:52Z')).toBe('2025-11-25 15:06:52');
    expect(dateTime('2025-12-31T16:00:00.000Z')).toBe('2026-01-01 00:00:00');
    expect(dateTime(null)).toBe('');
  });
  it('formats a date and leaves a plain date alone', () => {
    expect(date('2025-11-25T17:00:00Z')).toBe('2025-11-26');
    expect(date('2025-11-25')).toBe('2025-11-25');
  });
});

describe('errors under their field and progress of an import', () => {
  it('maps the API details to form fields', () => {
    const error = { details: [{ field: '证件号码', message: '校验位错误' }, { field: '姓名', message: '不能为空' },
      { field: '证件号码', message: '应为18位' }] };
    expect(problemsByField(error, { 证件号码: 'idNumber', 姓名: 'name' })).toEqual({ idNumber: '校验位错误；应为18位', name: '不能为空' });
  });
  it('tells rows done of all and the share', () => {
    expect(progress({ processed: 1200, total: 5000 })).toBe('已处理 1200 / 5000 行（24%）');
    expect(progress({ processed: 300, total: 0 })).toBe('已处理 300 行');
  });
});

describe('amounts add up in whole 分', () => {
  it('adds without floating-point error', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney('320.00', '80')).toBe('400.00');
    expect(addMoney('9007199254740993.01', '0.99')).toBe('9007199254740994.00');
    expect(addMoney('5.5', '-10.25')).toBe('-4.75');
  });
});
