import { Alert, App, Button, Space, Table } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { BasisRow } from '../../../electron/api/index.js';
import { ApiFailure, failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { useFillHeight } from '../../components/useFillHeight.js';
import { useDuesStore } from '../../stores/dues.js';
import { useReadOnly } from '../../stores/lens.js';
import { draftOf, draftProblem, entryFor, hasBase, isChanged, type Draft } from './review.js';
import { reviewColumns, type ReviewGridApi } from './reviewColumns.js';

/** Table header and the page's bottom padding. */
const BELOW_TABLE = 48 + 24;

/** Issues of `entries.3.base` belong to the fourth row sent. */
function rowErrors(err: ApiFailure, sent: readonly string[]): { byMember: Record<string, string>; rest: string[] } {
  const byMember: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of err.issues) {
    const id = sent[Number(/^entries\.(\d+)\./.exec(issue.field)?.[1] ?? -1)];
    if (id) byMember[id] = byMember[id] ? `${byMember[id]}；${issue.message}` : issue.message;
    else rest.push(issue.message);
  }
  if (err.issues.length === 0) rest.push(err.message);
  return { byMember, rest };
}

/** 年度核定: this year's category and base for every member, typed down the list and saved at once. */
export function ReviewTab({ year, bases }: { year: number; bases: BasisRow[] | null }) {
  const review = useDuesStore((s) => s.review);
  const readOnly = useReadOnly('dues');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [edits, setEdits] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const height = useFillHeight(box, BELOW_TABLE);
  const rows = bases ?? [];
  const changed = rows.filter((r) => isChanged(r, edits[r.memberId]));

  const setRow = (memberId: string, d: Draft) => {
    setEdits((e) => ({ ...e, [memberId]: d }));
    setErrors(({ [memberId]: _gone, ...rest }) => rest);
  };

  /** Enter or Tab goes to the next member's base; a fixed-amount member has none to type. */
  const move = (from: HTMLInputElement, memberId: string, step: 1 | -1): boolean => {
    const grid = from.closest('[role=region]');
    const at = rows.findIndex((r) => r.memberId === memberId);
    for (let i = at + step; i >= 0 && i < rows.length; i += step) {
      const r = rows[i] as BasisRow;
      const d = edits[r.memberId] ?? draftOf(r.current);
      if (d.category !== undefined && !hasBase(d.category)) continue;
      const next = grid?.querySelector<HTMLInputElement>(`input[data-member="${r.memberId}"]`);
      if (!next) return false;
      next.focus();
      next.select();
      return true;
    }
    return false;
  };

  const api: ReviewGridApi = {
    valueOf: (r) => edits[r.memberId] ?? draftOf(r.current),
    edits,
    errors,
    edit: (r, patch) => setRow(r.memberId, { ...(edits[r.memberId] ?? draftOf(r.current)), ...patch }),
    copy: (r) => setRow(r.memberId, draftOf(r.previous)),
    onBaseKey: (id, e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key !== 'Enter' && e.key !== 'Tab') return;
      if (move(e.currentTarget, id, e.shiftKey ? -1 : 1)) e.preventDefault();
    },
  };

  const copyAll = () => {
    const unreviewed = rows.filter((r) => r.previous && !r.current && !edits[r.memberId]);
    setEdits((e) => ({ ...e, ...Object.fromEntries(unreviewed.map((r) => [r.memberId, draftOf(r.previous)])) }));
    void message.info(
      unreviewed.length
        ? `已复制 ${unreviewed.length} 名党员的上年类别和基数，请核对后保存`
        : '没有可复制的：未核定的党员都没有上年基数',
    );
  };

  const save = async () => {
    setProblem(null);
    const found = Object.fromEntries(
      changed.flatMap((r) => {
        const p = draftProblem(edits[r.memberId] as Draft);
        return p ? [[r.memberId, p]] : [];
      }),
    );
    setErrors(found);
    if (Object.keys(found).length > 0) {
      void message.error(`有 ${Object.keys(found).length} 名党员的基数需要修改，见红字`);
      return;
    }
    const sent = changed.map((r) => r.memberId);
    setSaving(true);
    try {
      const { saved } = await review({ year, entries: changed.map((r) => entryFor(r, edits[r.memberId] as Draft)) });
      setEdits((e) => Object.fromEntries(Object.entries(e).filter(([id]) => !sent.includes(id))));
      void message.success(`已保存 ${saved} 名党员的核定`);
    } catch (err) {
      if (!(err instanceof ApiFailure)) {
        setProblem(failureMessage(err));
      } else {
        const { byMember, rest } = rowErrors(err, sent);
        setErrors(byMember);
        setProblem(rest.length ? rest.join('；') : '有党员的基数没有通过检查，见红字；本次全部没有保存');
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={stack(12)}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <Space wrap size={12}>
          {!readOnly && (
            <>
              <Button
                type="primary"
                size="large"
                loading={saving}
                disabled={changed.length === 0}
                onClick={() => void save()}
              >
                {changed.length ? `保存核定（${changed.length} 人）` : '保存核定'}
              </Button>
              <Button size="large" onClick={copyAll}>
                全部复制上年
              </Button>
            </>
          )}
          <Button size="large" onClick={() => void navigate(`/print/dues-basis?year=${year}`)}>
            打印核定表
          </Button>
        </Space>
        <span style={{ color: 'rgba(0,0,0,0.55)', alignSelf: 'center' }}>
          {year} 年 1 月起执行。{readOnly ? '' : '输入基数后按回车或 Tab 到下一人'}
        </span>
      </div>
      {problem && <Alert type="error" showIcon title={problem} closable={{ onClose: () => setProblem(null) }} />}
      <div ref={box} role="region" aria-label="年度核定">
        <Table<BasisRow>
          rowKey="memberId"
          size="small"
          columns={reviewColumns(api, readOnly)}
          dataSource={rows}
          loading={bases === null}
          pagination={false}
          scroll={{ y: height }}
          locale={{ emptyText: '这一年没有在册党员' }}
        />
      </div>
    </div>
  );
}
