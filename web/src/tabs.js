import { reactive } from 'vue';

/** The pages open as tabs (首页 always first), as the office's old system shows them above the page. */
export const tabs = reactive({ list: [{ key: 'home', title: '首页', to: { name: 'home' } }] });

/** One tab per page, and per record for detail pages (the steps of one enrollment share its tab). */
export function tabKey(route) {
  return route.params.id ? `${String(route.name)}:${route.params.id}` : String(route.name);
}

/** Opens (or focuses) the tab of a route; detail pages are titled by the route's meta.tab function. */
export function openTab(route, title) {
  if (route.name === 'home' || route.meta.public) return;
  const key = tabKey(route);
  const existing = tabs.list.find((tab) => tab.key === key);
  if (existing) {
    if (title) existing.title = title;
    existing.to = { path: route.fullPath };
    return;
  }
  tabs.list.push({ key, title: title || route.meta.title || '页面', to: { path: route.fullPath } });
}

/** Closes a tab; returns where to go when it was the one shown. */
export function closeTab(key) {
  const index = tabs.list.findIndex((tab) => tab.key === key);
  if (index <= 0) return null;
  tabs.list.splice(index, 1);
  return tabs.list[Math.min(index, tabs.list.length - 1)].to;
}

export function clearTabs() {
  tabs.list.splice(1);
}
