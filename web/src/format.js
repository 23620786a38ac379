/** Display helpers shared by the pages. Times are shown in China, as yyyy-MM-dd HH:mm:ss, wherever they appear. */
const PARTS = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit', hourCycle: 'h23',
});

function parts(iso) {
  const values = {};
  PARTS.formatToParts(new Date(iso)).forEach((part) => { values[part.type] = part.value; });
  return values;
}

export const dateTime = (iso) => {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
};

export const date = (iso) => {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day}`;
};

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

/** An API error's details by field, for errors shown under the field they are about. */
export function problemsByField(error, fields) {
  const found = {};
  (error?.details || []).forEach((detail) => {
    const key = fields[detail.field] || detail.field;
    found[key] = found[key] ? `${found[key]}；${detail.message}` : detail.message;
  });
  return found;
}

/** How far an import has come: "已处理 1200 / 5000 行（24%）". */
export function progress(batch) {
  if (!batch.total) return `已处理 ${batch.processed} 行`;
  const share = Math.min(100, Math.floor((batch.processed * 100) / batch.total));
  return `已处理 ${batch.processed} / ${batch.total} 行（${share}%）`;
}

/** "320.00" + "80.00" → "400.00", in whole 分 (BigInt), never in floating point. */
export function addMoney(a, b) {
  const fen = (text) => {
    const [yuan, cents = ''] = String(text).trim().split('.');
    const sign = yuan.startsWith('-') ? -1n : 1n;
    return sign * (BigInt(yuan.replace('-', '') || '0') * 100n + BigInt((cents + '00').slice(0, 2)));
  };
  const total = fen(a) + fen(b);
  const negative = total < 0n;
  const abs = negative ? -total : total;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
