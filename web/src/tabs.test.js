import { beforeEach, describe, expect, it } from 'vitest';
import { clearTabs, closeTab, openTab, tabKey, tabs } from './tabs.js';

const route = (name, params = {}, fullPath = `/${name}`) => ({ name, params, fullPath, meta: { title: name } });

describe('page tabs', () => {
  beforeEach(clearTabs);

  it('opens a tab per page and one per record, whichever step of it is shown', () => {
    openTab(route('enrollments'));
    openTab(route('enrollment', { id: 'e1', step: '1' }, '/enrollments/e1/step/1'), '参保录入 PRT1');
    openTab(route('enrollment', { id: 'e1', step: '2' }, '/enrollments/e1/step/2'));
    expect(tabs.list.map((tab) => tab.title)).toEqual(['首页', 'enrollments', '参保录入 PRT1']);
    expect(tabs.list[2].to.path).toBe('/enrollments/e1/step/2');
    expect(tabKey(route('enrollment', { id: 'e1' }))).toBe('enrollment:e1');
  });

  it('closes a tab and says where to go, and never closes 首页', () => {
    openTab(route('template'));
    openTab(route('enrollments'));
    expect(closeTab('template').path).toBe('/enrollments');
    expect(closeTab('home')).toBeNull();
    expect(tabs.list.map((tab) => tab.key)).toEqual(['home', 'enrollments']);
  });
});
