import { cleanText, halfWidthMarks, type Raw } from './cells.js';

/** `monthOnly`: the cell gave a year and month, and the day is a stand-in 1st. */
export type DateReading = { iso: string; note?: string; monthOnly?: true } | { problem: string } | null;

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number, label: string, shown: string): DateReading {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d)
    return { problem: `${label}“${shown}”不是有效的日期` };
  return { iso: `${y}-${pad(m)}-${pad(d)}` };
}

function yearMonth(y: number, m: number, label: string, shown: string): DateReading {
  const r = ymd(y, m, 1, label, shown);
  return r && 'iso' in r ? { iso: r.iso, note: `${label}“${shown}”只有年月，按当月1日记`, monthOnly: true } : r;
}

/** Excel dates arrive as UTC midnight; the calendar day is in the UTC parts, whatever the local zone. */
function fromDate(d: Date, label: string): DateReading {
  if (Number.isNaN(d.getTime())) return { problem: `${label}不是有效的日期` };
  // Times like 23:59:59.999 from rounding belong to the next day's serial, so round to the day.
  const day = new Date(Math.round(d.getTime() / 86_400_000) * 86_400_000);
  return ymd(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), label, d.toISOString().slice(0, 10));
}

/**
 * Excel serial day numbers: 1 = 1900-01-01, and Excel counts a 1900-02-29 that never was
 * (serial 60), so later serials are one day ahead. 1904-system workbooks start at 1904-01-01.
 */
function fromSerial(serial: number, label: string, date1904: boolean): DateReading {
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return { problem: `${label}“${serial}”不是有效的日期` };
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return fromDate(new Date(epoch + whole * 86_400_000), label);
}

function fromNumber(n: number, label: string, date1904: boolean): DateReading {
  const shown = String(n);
  if (Number.isInteger(n)) {
    if (n >= 19000101 && n <= 21001231)
      return ymd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, label, shown);
    if (n >= 190001 && n <= 210012) return yearMonth(Math.floor(n / 100), n % 100, label, shown);
    if (n >= 1900 && n <= 2100) return { problem: `${label}“${shown}”只有年份，请补全月日` };
  } else if (n >= 1900 && n < 2101) {
    // “2001.07” typed into Excel becomes the number 2001.07, and “2001.10” becomes 2001.1.
    const [year, month = ''] = shown.split('.');
    if (month === '1')
      return {
        problem: `${label}“${shown}”可能是1月也可能是10月（Excel 会去掉末尾的 0），请写成“${year}.01”或“${year}.10”`,
      };
    if (month.length <= 2) return yearMonth(Number(year), Number(month), label, shown);
    return { problem: `${label}“${shown}”无法识别为日期` };
  }
  if (n >= 1 && n < 73051) return fromSerial(n, label, date1904);
  return { problem: `${label}“${shown}”无法识别为日期` };
}

const FULL = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/;
const MONTH = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$/;

function fromText(input: string, label: string): DateReading {
  // A date exported as text may carry a time (“2001-07-01 00:00:00” or ISO “…T…”).
  const text = halfWidthMarks(cleanText(input)).replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '');
  let m = FULL.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), label, input);
  m = MONTH.exec(text);
  if (m) return yearMonth(Number(m[1]), Number(m[2]), label, input);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), label, input);
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return yearMonth(Number(m[1]), Number(m[2]), label, input);
  if (/^\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text), label, false);
  return { problem: `${label}“${input}”无法识别为日期（可写成 2001.07.01、2001-7-1 或 2001年7月1日）` };
}

/** Reads a date cell in any of the ways rosters write dates; null when the cell is blank. */
export function readDate(raw: Raw, label: string, date1904: boolean): DateReading {
  if (raw === null) return null;
  if (raw instanceof Date) return fromDate(raw, label);
  if (typeof raw === 'number') return fromNumber(raw, label, date1904);
  const text = cleanText(raw);
  return text === '' ? null : fromText(text, label);
}
