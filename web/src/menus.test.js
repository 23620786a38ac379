import { describe, expect, it } from 'vitest';
import { menuOf, menusFor } from './menus.js';

describe('the guide navigation', () => {
  it('puts 参保入会 with its five items where the guide shows them', () => {
    const enroll = menusFor('UNIT').find((menu) => menu.key === 'enroll');
    expect(enroll.title).toBe('参保入会');
    expect(enroll.items.map((item) => item.title)).toEqual(['模板下载', '参保录入', '确认书打印', '线上开票录入', '缴费通知单打印']);
    expect(menusFor('UNIT').map((menu) => menu.title)).toEqual(['变更管理', '信息维护', '参保入会', '申领处理', '信息查询', '联系我们']);
    expect(menusFor('UNIT').find((menu) => menu.key === 'change').items.map((item) => item.title))
      .toEqual(['增员', '减员', '信息更正']);
    expect(menusFor('REVIEWER').find((menu) => menu.key === 'query').items.map((item) => item.title))
      .toEqual(['人员保障查询', '业务查询', '变更记录']);
  });
  it('shows office staff only what their role may open', () => {
    const items = (role) => menusFor(role).flatMap((menu) => menu.items.map((item) => item.name));
    expect(items('REVIEWER')).toContain('units');
    expect(items('FINANCE')).not.toContain('units');
    expect(items('FINANCE')).toContain('payments');
    expect(items('FINANCE')).toContain('arrivals');
    expect(items('REVIEWER')).not.toContain('arrivals');
    expect(items('CLAIMS')).toEqual(['password', 'claim-queue', 'contacts']);
    expect(menusFor('CLAIMS').map((menu) => menu.title)).toEqual(['信息维护', '申领处理', '联系我们']);
    expect(items('FINANCE')).toContain('claim-payments');
    expect(items('FINANCE')).not.toContain('claim-queue');
  });
  it('finds the menu of a page, and the main menu for the home page', () => {
    expect(menuOf('UNIT', 'invoices', 'enroll').title).toBe('参保入会');
    expect(menuOf('UNIT', 'password', 'info').title).toBe('信息维护');
    expect(menuOf('REVIEWER', 'password', 'info').key).toBe('maintain');
    expect(menuOf('UNIT', 'home', undefined).key).toBe('enroll');
    expect(menuOf('FINANCE', 'home', undefined).key).toBe('review');
    expect(menuOf('CLAIMS', 'home', undefined).key).toBe('claim');
  });
});
