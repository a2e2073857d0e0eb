import dayjs from 'dayjs';

/** Stored times are UTC ISO strings; people read them in local time (the 操作记录 to the second). */
export function localTime(iso: string, seconds = false): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : iso;
}
