import { Alert, AutoComplete, Button, Card, Col, Form, Input, Radio, Row, Space, Spin, Tag, Typography } from 'antd';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  meetingInput,
  undatedSeatMessage,
  type ActivityKind,
  type AttendanceStatus,
  type EligibleMember,
} from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import type { Eligible } from './useEligible.js';
import type { MeetingValues } from './meetingForm.js';

const STATUS_OPTIONS = ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }));
/** The reasons a village secretary writes most; any other can be typed. */
const COMMON_REASONS = ['外出务工', '生病', '年老体弱', '家中有事', '在外地'].map((r) => ({ value: r }));
const TINT: Record<AttendanceStatus, string> = { present: 'transparent', leave: '#fffbe6', absent: '#fff1f0' };
const shape = meetingInput.shape;

interface AttendanceSectionProps {
  kind: ActivityKind;
  eligible: Eligible;
}

/** 出席情况: everyone expected that day, each marked 出席 / 请假 / 缺席 with a reason. */
export function AttendanceSection({ kind, eligible }: AttendanceSectionProps) {
  const form = Form.useFormInstance<MeetingValues>();
  const attendance = Form.useWatch('attendance', { form, preserve: true }) ?? [];
  const byId = new Map((eligible.members ?? []).map((m) => [m.memberId, m]));

  const allPresent = () =>
    form.setFieldValue(
      'attendance',
      attendance.map((a) => ({ ...a, status: 'present', reason: '' })),
    );

  return (
    <Card
      title="出席情况"
      extra={
        <Button size="large" onClick={allPresent} disabled={attendance.length === 0}>
          全部出席
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        应到名单按会议当天的党员名册自动列出，默认全部出席；请把没来的人改为“请假”或“缺席”并写明原因。
        {kind === 'congress' && '标“预备”的是预备党员，可以参加会议但没有表决权。'}
      </Typography.Paragraph>
      {eligible.missing && <Alert type="info" showIcon title={eligible.missing} />}
      {eligible.error && <Alert type="error" showIcon title={`应到名单没有读出来：${eligible.error}`} />}
      {!eligible.missing && !eligible.error && eligible.members === null && <Spin />}
      {eligible.undated.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="有支委没有列入应到名单"
          description={eligible.undated.map((u) => (
            <div key={u.memberId}>{undatedSeatMessage(u)}</div>
          ))}
        />
      )}
      {eligible.members?.length === 0 && (
        <Alert type="warning" showIcon title="会议当天没有应到的党员，请检查会议日期、党小组或支委会名单" />
      )}
      <Form.List name="attendance">
        {(fields, _ops, meta) => (
          <div
            role="list"
            aria-label="应到名单"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(500px, 1fr))', columnGap: 24 }}
          >
            {fields.map((field) => {
              const line = attendance[field.name];
              const member = line ? byId.get(line.memberId) : undefined;
              return line && member ? (
                <AttendanceRow key={field.key} index={field.name} member={member} status={line.status} kind={kind} />
              ) : null;
            })}
            <Form.ErrorList errors={meta.errors} />
          </div>
        )}
      </Form.List>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Form.Item name="guests" label="列席人员" rules={[contractRule(shape.guests)]}>
            <Input maxLength={200} placeholder="如：入党积极分子李某、群众代表王某" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="superiors" label="上级参会/指导人员" rules={[contractRule(shape.superiors)]}>
            <Input maxLength={100} placeholder="如：镇党委组织委员张某；没有可不填" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

interface AttendanceRowProps {
  index: number;
  member: EligibleMember;
  status: AttendanceStatus;
  kind: ActivityKind;
}

function AttendanceRow({ index, member, status, kind }: AttendanceRowProps) {
  const away = status !== 'present';
  const what = status === 'leave' ? '请假' : '缺席';
  return (
    <div
      role="listitem"
      aria-label={member.name}
      style={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 12,
        padding: '6px 8px',
        borderBottom: '1px solid #f0f0f0',
        background: TINT[status],
      }}
    >
      <Space size={4} style={{ width: 120, flex: 'none', paddingTop: 6 }}>
        <span style={{ fontSize: 16 }}>{member.name}</span>
        {kind === 'congress' && !member.voting && <Tag color="gold">预备</Tag>}
      </Space>
      <Form.Item name={[index, 'status']} style={{ margin: 0, flex: 'none' }}>
        <Radio.Group
          aria-label={`${member.name}的出席情况`}
          options={STATUS_OPTIONS}
          optionType="button"
          buttonStyle="solid"
        />
      </Form.Item>
      {away && (
        <Form.Item
          name={[index, 'reason']}
          style={{ margin: 0, flex: 1, minWidth: 0 }}
          rules={[{ required: true, whitespace: true, message: `请填写${what}原因` }]}
        >
          <AutoComplete
            aria-label={`${member.name}的${what}原因`}
            options={COMMON_REASONS}
            placeholder={`${what}原因`}
            maxLength={100}
          />
        </Form.Item>
      )}
    </div>
  );
}
