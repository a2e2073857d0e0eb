import type { NoticeBranchState, NoticeRecipients } from '../../../electron/api/index.js';

export const STATE_LABELS: Record<NoticeBranchState, { text: string; color: string; hint: string }> = {
  unsent: { text: '待导出', color: 'default', hint: '还没有导出给该支部的数据包' },
  unread: { text: '未阅', color: 'orange', hint: '已导出，支部尚未打开' },
  read: { text: '已阅未办', color: 'blue', hint: '支部已打开，尚未标记已办' },
  done: { text: '已办', color: 'green', hint: '支部已标记办结' },
};

export function recipientsText(r: NoticeRecipients, total?: number): string {
  if (r === '*') return total === undefined ? '全部支部' : `全部支部（${total} 个）`;
  return `${r.length} 个支部`;
}

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
