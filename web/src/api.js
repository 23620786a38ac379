import { session, clearSession } from './session.js';
import { router } from './router.js';

/** An error the API answered with: status, stable code, Chinese message and per-field details. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `请求失败（${status}）`);
    this.status = status;
    this.code = body?.code;
    this.details = body?.details || [];
  }
}

export async function api(method, path, body) {
  const headers = {};
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (response.ok) return data;
  // the gateway itself answers 401/403 without a code when the token is missing, expired or revoked
  if (response.status === 401 || (response.status === 403 && !data?.code)) {
    clearSession();
    router.push({ name: 'login', query: { expired: '1' } });
  }
  throw new ApiError(response.status, data);
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** Sends a file straight to S3 with the presigned URL a ticket carries. */
export async function uploadTo(ticket, file) {
  const response = await fetch(ticket.uploadUrl, { method: 'PUT', headers: ticket.headers, body: file });
  if (!response.ok) throw new ApiError(response.status, { message: `文件上传失败（${response.status}）` });
}

/** Downloads an API response that is a file (the template) and saves it under its name. */
export async function download(path, fileName) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${session.token}` } });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  saveBlob(await response.blob(), fileName);
}

export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Opens a presigned download link (the file's name comes from S3's Content-Disposition). */
/** Follows a link as a click would: a download in place, or a preview (a PDF, a photo) in a new tab. */
export function openLink(url, { newTab = false } = {}) {
  const link = document.createElement('a');
  link.href = url;
  if (newTab) Object.assign(link, { target: '_blank', rel: 'noopener' });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * A file attached to a business as the browser attaches one: a ticket, the file straight to S3, then done (the server
 * sniffs its type). Returns the attachment's id.
 */
export async function uploadAttachment(enrollmentId, file) {
  const ticket = await post(`/api/enrollments/${enrollmentId}/attachments`, { fileName: file.name, size: file.size });
  await uploadTo(ticket, file);
  await post(`/api/enrollments/${enrollmentId}/attachments/${ticket.attachment.id}/complete`);
  return ticket.attachment.id;
}
