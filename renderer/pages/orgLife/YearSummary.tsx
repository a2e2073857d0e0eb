import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { ComplianceYear } from '../../../electron/api/index.js';
import { STATUS_LOOK } from './ComplianceCalendar.js';

const SHOWN = 12;

/** Under the calendar: 谈心谈话 (each member at least once a year) and the 补录 count. */
export function YearSummary({ c, onTalks }: { c: ComplianceYear; onTalks: () => void }) {
  const [all, setAll] = useState(false);
  const t = c.talks;
  const look = STATUS_LOOK[t.status];
  const missing = all ? t.missing : t.missing.slice(0, SHOWN);
  return (
    <div style={{ display: 'grid', gap: 6, fontSize: 16 }}>
      <Space wrap size={[12, 4]}>
        <strong>谈心谈话：</strong>
        <span>
          {t.talked}/{t.required} 人已谈
        </span>
        {t.status === 'done' ? (
          <Tag color="success">每名党员都已谈过</Tag>
        ) : (
          <Tag style={{ color: look.color, background: look.background, border: 'none' }}>
            {t.status === 'overdue' ? '未谈完' : `还有 ${t.missing.length} 人未谈`}
          </Tag>
        )}
        <Button onClick={onTalks}>查看谈话记录</Button>
        {c.lateRecords > 0 && (
          <Tooltip title="会议日期后较久才登记的记录，台账中如实标注">
            <Tag color="orange" style={{ fontSize: 15 }}>
              补录 {c.lateRecords} 条
            </Tag>
          </Tooltip>
        )}
      </Space>
      {t.missing.length > 0 && (
        <Typography.Text type="secondary">
          未谈：{missing.map((m) => m.name).join('、')}
          {t.missing.length > SHOWN && (
            <Button type="link" size="small" onClick={() => setAll(!all)}>
              {all ? '收起' : `等 ${t.missing.length} 人，展开全部`}
            </Button>
          )}
        </Typography.Text>
      )}
    </div>
  );
}
