import { reactive } from 'vue';

/**
 * Cursor paging over an API list ({ items, next, total }): DynamoDB pages go forward with a cursor, so going back
 * replays the cursors already seen.
 */
export function usePager(fetchPage) {
  const pager = reactive({ items: [], next: null, total: 0, loading: false, previous: [], current: null });

  async function load(cursor) {
    pager.loading = true;
    try {
      const page = await fetchPage(cursor);
      Object.assign(pager, { items: page.items, next: page.next, total: page.total, current: cursor });
    } finally {
      pager.loading = false;
    }
  }

  pager.first = () => {
    pager.previous = [];
    return load(null);
  };
  pager.reload = () => load(pager.current);
  pager.forward = () => {
    pager.previous.push(pager.current);
    return load(pager.next);
  };
  pager.back = () => load(pager.previous.pop());
  return pager;
}

/** Query parameters for a page: the given filters plus the cursor when there is one. */
export function pageQuery(filters, cursor) {
  const params = new URLSearchParams(filters);
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/** A short list read whole (an office queue): its rows, whether it is loading, and load() to read it again. */
export function useList(fetchAll) {
  const list = reactive({ items: [], loading: false });
  list.load = async () => {
    list.loading = true;
    try {
      list.items = await fetchAll();
    } finally {
      list.loading = false;
    }
  };
  return list;
}
