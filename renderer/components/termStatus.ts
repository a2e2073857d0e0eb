import type { TermInfo } from '../../electron/api/index.js';

export type TermTone = 'success' | 'warning' | 'error' | 'info';

export interface TermStatusText {
  tone: TermTone;
  text: string;
}

/** One sentence on the committee's term, the same on the home page and the branch page. */
export function termStatusText(term: TermInfo): TermStatusText {
  const days = term.daysLeft ?? 0;
  switch (term.status) {
    case 'unknown':
      return { tone: 'info', text: '未填写本届选举时间' };
    case 'overdue':
      return { tone: 'error', text: `已超过换届时间 ${-days} 天，请及时换届` };
    case 'due-soon':
      return {
        tone: 'warning',
        text: days === 0 ? '本届任期今天届满，请按期换届' : `距换届还有 ${days} 天，请提前准备换届`,
      };
    case 'ok':
      return { tone: 'success', text: `本届任期正常，距换届还有 ${days} 天` };
  }
}
