import { beforeEach, describe, expect, it, vi } from 'vitest';

const store = new Map();
vi.stubGlobal('sessionStorage', {
  getItem: (key) => store.get(key) ?? null,
  setItem: (key, value) => store.set(key, value),
  removeItem: (key) => store.delete(key),
});

const { clearSession, saveSession, session } = await import('./session.js');
const { openTab, tabs } = await import('./tabs.js');

describe('the session', () => {
  beforeEach(() => clearSession());

  it('takes the open pages with it when it ends, so the next login (after a 401 too) starts with 首页 alone', () => {
    saveSession({ token: 't1', username: 'unit1', role: 'UNIT' });
    openTab({ name: 'invoices', params: {}, fullPath: '/invoices', meta: { title: '线上开票录入' } });
    expect(tabs.list).toHaveLength(2);
    clearSession();
    expect(session.token).toBeNull();
    expect(session.username).toBeUndefined();
    expect(store.size).toBe(0);
    expect(tabs.list.map((tab) => tab.key)).toEqual(['home']);
  });
});
