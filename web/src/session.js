import { reactive } from 'vue';

// The logged-in caller. The token lives in sessionStorage: closing the tab logs out.
const KEY = 'huzhu.session';

export const session = reactive(JSON.parse(sessionStorage.getItem(KEY) || 'null') || { token: null });

export function saveSession(value) {
  Object.keys(session).forEach((k) => delete session[k]);
  Object.assign(session, value);
  sessionStorage.setItem(KEY, JSON.stringify(value));
}

export function clearSession() {
  Object.keys(session).forEach((k) => delete session[k]);
  session.token = null;
  sessionStorage.removeItem(KEY);
}

export const isUnit = () => session.role === 'UNIT';
export const isOffice = () => session.role === 'REVIEWER' || session.role === 'FINANCE';
