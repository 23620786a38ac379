/** Display helpers shared by the pages. */
export const dateTime = (iso) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '');
export const date = (iso) => (iso ? new Date(iso).toLocaleDateString('zh-CN') : '');
export const percent = (value) => (value == null ? '-' : `${value}%`);

export const stateTag = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  APPROVED: 'success',
  RETURNED: 'danger',
  AWAITING_PAYMENT: 'warning',
  CONFIRMED: 'success',
  CANCELLED: 'info',
};

/** Joins an API error's details into lines a person can act on. */
export function problemLines(error) {
  if (!error) return [];
  if (error.details?.length) return error.details.map((d) => d.message);
  return [error.message];
}
