import { reactive } from 'vue';
import { clearTabs } from './tabs.js';

// The logged-in caller. The token lives in sessionStorage: closing the tab logs out.
const KEY = 'huzhu.session';

export const session = reactive(JSON.parse(sessionStorage.getItem(KEY) || 'null') || { token: null });

export function saveSession(value) {
  Object.keys(session).forEach((k) => delete session[k]);
  Object.assign(session, value);
  sessionStorage.setItem(KEY, JSON.stringify(value));
}

/** Ends the session in the browser: the caller, and the tabs of the pages it had open (the next login starts clean). */
export function clearSession() {
  Object.keys(session).forEach((k) => delete session[k]);
  session.token = null;
  sessionStorage.removeItem(KEY);
  clearTabs();
}

export const isUnit = () => session.role === 'UNIT';
export const isOffice = () => session.role === 'REVIEWER' || session.role === 'FINANCE';
