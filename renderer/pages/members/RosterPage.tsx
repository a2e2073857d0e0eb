import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MemberSummary } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { useFillHeight } from '../../components/useFillHeight.js';
import { useMembersStore } from '../../stores/members.js';
import { MemberFormModal } from './MemberFormModal.js';
import { ROSTER_COLUMNS, ROSTER_WIDTH } from './rosterColumns.js';
import { RosterFilterBar, ScopeSwitch } from './RosterFilterBar.js';
import { filterRoster, isFiltered } from './rosterFilter.js';
import { TransferInModal } from './TransferInModal.js';
import { stack } from '../../components/stack.js';
import { useReadOnly } from '../../stores/lens.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Table header, the count line under it and the page's bottom padding. */
const BELOW_TABLE = 56 + 36 + 24;

type Dialog = null | 'create' | 'transferIn';

/** 党员花名册: the whole list in the page, so search and filters answer as you type. */
export function RosterPage() {
  const { list, loading, error, scope, filters, load } = useMembersStore();
  const deferred = useDeferredValue(filters);
  const rows = useMemo(() => (list ? filterRoster(list, deferred) : []), [list, deferred]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const tableBox = useRef<HTMLDivElement>(null);
  const height = useFillHeight(tableBox, BELOW_TABLE);

  useEffect(() => {
    void load();
  }, [load]);

  const exportExcel = async () => {
    setExporting(true);
    try {
      const file = await call('members.export', { scope });
      downloadBase64(file.fileName, file.base64, XLSX);
      void message.success(`已导出 ${file.fileName}`);
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const opened = (m: { id: string }) => void navigate(`/members/${m.id}`);
  const readOnly = useReadOnly();
  return (
    <div style={stack(12)}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <Space wrap size={[12, 12]}>
          {!readOnly && (
            <>
              <Button type="primary" size="large" onClick={() => setDialog('create')}>
                新增党员
              </Button>
              <Button size="large" onClick={() => setDialog('transferIn')}>
                转入党员
              </Button>
              <Button size="large" onClick={() => void navigate('/members/import')}>
                从 Excel 导入
              </Button>
            </>
          )}
          <Button size="large" loading={exporting} onClick={() => void exportExcel()}>
            导出 Excel
          </Button>
          <Button size="large" onClick={() => void navigate('/print/roster')}>
            打印花名册
          </Button>
        </Space>
        <ScopeSwitch />
      </div>
      <RosterFilterBar />
      {error && (
        <Alert type="error" showIcon title={error} action={<Button onClick={() => void load()}>重试</Button>} />
      )}
      <div ref={tableBox} role="region" aria-label="党员名单">
        <Table<MemberSummary>
          rowKey="id"
          size="middle"
          virtual
          columns={ROSTER_COLUMNS}
          dataSource={rows}
          loading={loading && list === null}
          pagination={false}
          scroll={{ x: ROSTER_WIDTH, y: height }}
          // A virtual table's body is made of divs: the role keeps rows findable by assistive tools.
          onRow={(m) => ({ role: 'row', onDoubleClick: () => opened(m), style: { cursor: 'pointer' } })}
          locale={{ emptyText: emptyText(list, isFiltered(filters), scope) }}
        />
        {list && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {countText(rows.length, list.length, scope)}，双击一行或点姓名查看详细信息
          </Typography.Text>
        )}
      </div>
      {dialog === 'create' && <MemberFormModal onClose={() => setDialog(null)} onSaved={opened} />}
      {dialog === 'transferIn' && <TransferInModal onClose={() => setDialog(null)} onSaved={opened} />}
    </div>
  );
}

function countText(shown: number, total: number, scope: string): string {
  const noun = scope === 'current' ? '在册党员' : scope === 'former' ? '已离开的党员' : '党员（含已离开）';
  return shown === total ? `共 ${total} 名${noun}` : `找到 ${shown} 名（共 ${total} 名${noun}）`;
}

function emptyText(list: MemberSummary[] | null, filtered: boolean, scope: string): string {
  if (list === null) return '正在读取……';
  if (filtered) return '没有符合条件的党员，请修改查找内容或点“清除条件”';
  if (scope === 'former') return '没有已离开（转出、出党、去世、停止党籍）的党员';
  return '还没有党员，请点上方“新增党员”或“从 Excel 导入”';
}
