import { Card } from 'antd';
import { Link } from 'react-router-dom';
import type { FirstSteps as FirstStepsData } from '../../../electron/api/index.js';

interface Step {
  title: string;
  done: boolean;
  doneText: string;
  pendingText: string;
  action: { label: string; to: string };
}

export function firstSteps(s: FirstStepsData): Step[] {
  return [
    {
      title: '导入花名册',
      done: s.members > 0,
      doneText: `已有 ${s.members} 名党员`,
      pendingText: '从 Excel 或 WPS 表格导入党员，也可以逐个新增',
      action: { label: '去导入', to: '/members/import' },
    },
    {
      title: '核定党费',
      done: s.members > 0 && s.assessed === s.members,
      doneText: '全体党员都已核定党费基数',
      pendingText:
        s.members > 0 ? `还有 ${s.members - s.assessed} 名党员未核定党费基数` : '导入党员后，为每人核定党费基数',
      action: { label: '去核定', to: '/dues?tab=review' },
    },
    {
      title: '记录会议',
      done: s.meetings > 0,
      doneText: `已记录 ${s.meetings} 次会议`,
      pendingText: '把本年开过的党员大会、支委会、党小组会、党课等登记进来',
      action: { label: '去登记', to: '/org-life' },
    },
  ];
}

/**
 * The checklist is for a new installation: once every step has been started it gives way to
 * the reminders (two members still without a basis are a 党费 reminder, not a first step).
 */
export function firstStepsDone(s: FirstStepsData): boolean {
  return s.members > 0 && s.assessed > 0 && s.meetings > 0;
}

/** A new installation's three first steps, each ticked when done, in place of a wall of reminders. */
export function FirstSteps({ steps }: { steps: FirstStepsData }) {
  return (
    <Card title="开始使用：三步建好台账" role="region" aria-label="开始使用">
      <ol aria-label="开始使用的步骤" style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 14 }}>
        {firstSteps(steps).map((step, i) => (
          <li
            key={step.title}
            aria-label={`${step.title}${step.done ? '（已完成）' : '（未完成）'}`}
            style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 17 }}
          >
            <span
              aria-hidden
              style={{
                width: 26,
                height: 26,
                borderRadius: 13,
                border: `2px solid ${step.done ? '#52c41a' : '#bfbfbf'}`,
                background: step.done ? '#52c41a' : 'transparent',
                color: step.done ? '#fff' : 'inherit',
                textAlign: 'center',
                lineHeight: '22px',
                fontSize: 15,
                flex: 'none',
              }}
            >
              {step.done ? '✓' : i + 1}
            </span>
            <div style={{ flex: 1 }}>
              <div style={{ fontWeight: 600 }}>{step.title}</div>
              <div style={{ color: 'rgba(0,0,0,0.6)', fontSize: 15 }}>
                {step.done ? step.doneText : step.pendingText}
              </div>
            </div>
            {!step.done && <Link to={step.action.to}>{step.action.label}</Link>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
