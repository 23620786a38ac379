import { describe, expect, it } from 'vitest';
import { pageQuery, useList, usePager } from './pager.js';

describe('usePager', () => {
  const pages = { '': { items: [1, 2], next: 'b', total: 5 }, b: { items: [3, 4], next: 'c', total: 5 }, c: { items: [5], next: null, total: 5 } };
  const fetchPage = async (cursor) => pages[cursor ?? ''];

  it('goes forward with the cursor and back through the cursors seen', async () => {
    const pager = usePager(fetchPage);
    await pager.first();
    expect(pager.items).toEqual([1, 2]);
    await pager.forward();
    await pager.forward();
    expect(pager.items).toEqual([5]);
    expect(pager.next).toBeNull();
    await pager.back();
    expect(pager.items).toEqual([3, 4]);
    await pager.back();
    expect(pager.items).toEqual([1, 2]);
    expect(pager.previous).toEqual([]);
  });

  it('reloads the page it is on and starts over on first()', async () => {
    const pager = usePager(fetchPage);
    await pager.first();
    await pager.forward();
    await pager.reload();
    expect(pager.items).toEqual([3, 4]);
    await pager.first();
    expect(pager.items).toEqual([1, 2]);
    expect(pager.previous).toEqual([]);
  });
});

describe('pageQuery', () => {
  it('adds the cursor only when there is one', () => {
    expect(pageQuery({ limit: 20, q: '张' }, null)).toBe('limit=20&q=%E5%BC%A0');
    expect(pageQuery({ limit: 20 }, 'abc')).toBe('limit=20&cursor=abc');
  });
});

describe('useList', () => {
  it('reads the whole list and is not loading once read, also when the read failed', async () => {
    let answer = [1, 2];
    const list = useList(async () => {
      if (!answer) throw new Error('refused');
      return answer;
    });
    await list.load();
    expect(list.items).toEqual([1, 2]);
    expect(list.loading).toBe(false);
    answer = null;
    await expect(list.load()).rejects.toThrow('refused');
    expect(list.loading).toBe(false);
    expect(list.items).toEqual([1, 2]);
  });
});
