import { Card, Descriptions, Empty, Table, Typography } from 'antd';
import {
  ACTIVITY_LABELS,
  ACTIVITY_SHORT,
  GRADE_LABELS,
  THEME_ACTIVITY_LABELS,
  type AttendanceLine,
  type GradeLine,
  type MeetingDetail,
} from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { CountsLine } from './CountsLine.js';

const dash = (v: string | number | null) => (v === null || v === '' ? '—' : v);
const text = { whiteSpace: 'pre-wrap', margin: 0, fontSize: 16 } as const;

function names(lines: AttendanceLine[], withReason: boolean): string {
  if (lines.length === 0) return '无';
  return lines.map((l) => (withReason && l.reason ? `${l.name}（${l.reason}）` : l.name)).join('、');
}

const ballot = (v: number | null) => (v === null ? '' : v);

/** A saved record, read-only, laid out like its paper form. */
export function MeetingView({ m }: { m: MeetingDetail }) {
  const i = m.input;
  const by = (s: AttendanceLine['status']) => m.attendanceLines.filter((l) => l.status === s);
  const time = i.startTime ? `${i.startTime}${i.endTime ? ` 至 ${i.endTime}` : ''}` : '—';
  return (
    <div style={stack(16)}>
      <Card title="基本信息">
        <Descriptions column={3} styles={{ label: { width: 100 } }}>
          <Descriptions.Item label="活动类型">{ACTIVITY_LABELS[m.kind]}</Descriptions.Item>
          <Descriptions.Item label="同时计为">
            {m.alsoCountsAs.length ? m.alsoCountsAs.map((k) => ACTIVITY_SHORT[k]).join('、') : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="党小组">{dash(m.groupName)}</Descriptions.Item>
          <Descriptions.Item label="会议日期">{m.heldOn}</Descriptions.Item>
          <Descriptions.Item label="时间">{time}</Descriptions.Item>
          <Descriptions.Item label="地点">{dash(i.place)}</Descriptions.Item>
          <Descriptions.Item label="主持人">{dash(i.host)}</Descriptions.Item>
          <Descriptions.Item label="记录人">{dash(i.recorder)}</Descriptions.Item>
          <Descriptions.Item label="登记日期">
            {m.recordedOn}
            {m.late ? '（补录）' : ''}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="出席情况">
        <div style={{ marginBottom: 12 }}>
          <CountsLine kind={m.kind} counts={m.counts} />
        </div>
        <Descriptions column={1} styles={{ label: { width: 140 } }}>
          <Descriptions.Item label="出席">{names(by('present'), false)}</Descriptions.Item>
          <Descriptions.Item label="请假">{names(by('leave'), true)}</Descriptions.Item>
          <Descriptions.Item label="缺席">{names(by('absent'), true)}</Descriptions.Item>
          <Descriptions.Item label="列席人员">{dash(i.guests)}</Descriptions.Item>
          <Descriptions.Item label="上级参会/指导">{dash(i.superiors)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="会议内容">
        <Descriptions column={1} styles={{ label: { width: 140 } }}>
          {Boolean(i.lecturer) && (
            <Descriptions.Item label="党课">
              {i.lecturer}：{i.lectureTitle}
              {i.lectureHours !== null ? `（${i.lectureHours} 学时）` : ''}
            </Descriptions.Item>
          )}
          {i.activities.length > 0 && (
            <Descriptions.Item label="活动形式">
              {i.activities.map((a) => THEME_ACTIVITY_LABELS[a]).join('、')}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="议题">
            {i.agenda.length ? (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {i.agenda.map((a, n) => (
                  <li key={n}>{a}</li>
                ))}
              </ol>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="会议记录">
            <Typography.Paragraph style={text}>{dash(i.minutes)}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="决议、议定事项">
            <Typography.Paragraph style={text}>{dash(i.decisions)}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {i.votes.length > 0 && (
        <Card title="表决情况">
          <Table
            size="small"
            pagination={false}
            rowKey={(_, n) => String(n)}
            dataSource={i.votes}
            columns={[
              { title: '表决事项', dataIndex: 'motion' },
              { title: '赞成', dataIndex: 'yes', width: 90 },
              { title: '反对', dataIndex: 'no', width: 90 },
              { title: '弃权', dataIndex: 'abstain', width: 90 },
            ]}
          />
        </Card>
      )}
      {m.kind === 'appraisal' && (
        <Card title="民主评议结果">
          {m.gradeLines.length === 0 ? (
            <Empty description="没有登记评定等次" />
          ) : (
            <Table<GradeLine>
              size="small"
              pagination={false}
              rowKey="memberId"
              dataSource={m.gradeLines}
              columns={[
                { title: '姓名', dataIndex: 'name', width: 100 },
                {
                  title: '评定等次',
                  dataIndex: 'grade',
                  width: 110,
                  render: (g: GradeLine['grade']) => GRADE_LABELS[g],
                },
                { title: '发出票', dataIndex: 'ballotsIssued', width: 80, render: ballot },
                { title: '收回票', dataIndex: 'ballotsReturned', width: 80, render: ballot },
                { title: '优秀票', dataIndex: 'votesExcellent', width: 80, render: ballot },
                { title: '合格票', dataIndex: 'votesQualified', width: 80, render: ballot },
                { title: '基本合格票', dataIndex: 'votesBasic', width: 100, render: ballot },
                { title: '不合格票', dataIndex: 'votesUnqualified', width: 90, render: ballot },
                { title: '处置意见', dataIndex: 'disposition', width: 110 },
                { title: '备注', dataIndex: 'note' },
              ]}
            />
          )}
        </Card>
      )}
      {i.rectifications.length > 0 && (
        <Card title="查摆问题和整改清单">
          <Table
            size="small"
            pagination={false}
            rowKey={(_, n) => String(n)}
            dataSource={i.rectifications}
            columns={[
              { title: '序号', width: 60, render: (_: unknown, __: unknown, n: number) => n + 1 },
              { title: '存在问题', dataIndex: 'problem' },
              { title: '整改措施', dataIndex: 'measure' },
              { title: '责任人', dataIndex: 'owner', width: 90 },
              { title: '完成时限', dataIndex: 'dueOn', width: 120, render: dash },
              {
                title: '完成情况',
                width: 180,
                render: (_: unknown, r) => [r.doneOn, r.progress].filter(Boolean).join(' ') || '—',
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
