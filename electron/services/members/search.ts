import { pinyin } from 'pinyin-pro';

/**
 * What the roster search matches besides the name itself: pinyin initials and full pinyin
 * (`张三` → `zs zhangsan`), with surnames read as surnames (单 → shan).
 */
export function searchKey(name: string): string {
  const opts = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const initials = pinyin(name, { ...opts, pattern: 'first' }).join('');
  const full = pinyin(name, opts).join('');
  return `${initials} ${full}`.toLowerCase().replace(/[^a-z ]/g, '');
}
