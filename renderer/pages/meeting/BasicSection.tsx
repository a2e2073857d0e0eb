import { Card, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import {
  ACTIVITY_KINDS,
  ACTIVITY_LABELS,
  ACTIVITY_SHORT,
  meetingInput,
  type ActivityKind,
} from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { HhmmPicker } from '../../components/HhmmPicker.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useOrgStore } from '../../stores/org.js';
import { useSettingsStore } from '../../stores/settings.js';
import type { MeetingParts, MeetingValues } from './meetingForm.js';

const shape = meetingInput.shape;
const kindOptions = ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_LABELS[k] }));

const TITLE_EXAMPLES: Record<ActivityKind, string> = {
  congress: '如：讨论接收预备党员、学习传达上级会议精神',
  committee: '如：研究本月党建工作安排',
  group: '如：学习党章，讨论本组党员联系群众情况',
  lecture: '如：书记讲党课——做合格党员',
  theme_day: '如：七一主题党日——重温入党誓词',
  org_life: '如：2025 年度组织生活会',
  appraisal: '如：2025 年度民主评议党员',
};

interface BasicSectionProps {
  parts: MeetingParts;
  /** When a saved record is corrected, 补录 is counted from the day it was first entered. */
  recordedOn: string | null;
}

export function BasicSection({ parts, recordedOn }: BasicSectionProps) {
  const form = Form.useFormInstance<MeetingValues>();
  const kind = Form.useWatch('kind', { form, preserve: true }) ?? 'congress';
  const heldOn = Form.useWatch('heldOn', { form, preserve: true });
  const groups = useOrgStore((s) => s.overview?.groups ?? []);
  const lateAfter = useSettingsStore((s) => s.settings?.lateAfterDays ?? 30);
  const late = heldOn ? dayjs(recordedOn ?? undefined).diff(dayjs(heldOn), 'day') > lateAfter : false;
  const alsoOptions = ACTIVITY_KINDS.filter((k) => k !== kind).map((k) => ({ value: k, label: ACTIVITY_SHORT[k] }));

  return (
    <Card title="基本信息">
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label="活动类型" required rules={[contractRule(shape.kind)]}>
            <Select
              options={kindOptions}
              onChange={(k: ActivityKind) =>
                // A record cannot also count as its own kind.
                form.setFieldValue(
                  'alsoCountsAs',
                  (form.getFieldValue('alsoCountsAs') as ActivityKind[]).filter((a) => a !== k),
                )
              }
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="title" label="会议主题" required rules={[contractRule(shape.title)]}>
            <Input maxLength={100} placeholder={TITLE_EXAMPLES[kind]} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="alsoCountsAs"
            label="同时计为"
            rules={[contractRule(shape.alsoCountsAs)]}
            extra="一次活动可同时算作其他活动，不必重复登记。例如支部党员大会和当月主题党日一起开，就勾选“主题党日”。"
          >
            <Checkbox.Group options={alsoOptions} />
          </Form.Item>
        </Col>
        {parts.group && (
          <Col span={8}>
            <Form.Item name="groupId" label="党小组" required rules={[{ required: true, message: '请选择党小组' }]}>
              <Select
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
                onChange={(id: string) => {
                  // A 党小组会 is usually chaired by the group leader.
                  const leader = groups.find((g) => g.id === id)?.leaderName;
                  if (leader && !form.getFieldValue('host')) form.setFieldValue('host', leader);
                }}
                placeholder={groups.length ? '请选择' : '还没有党小组，请先在“支部基本情况”添加'}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={8}>
          <Form.Item
            name="heldOn"
            label="会议日期"
            required
            rules={[contractRule(shape.heldOn)]}
            extra={
              late
                ? recordedOn
                  ? `登记时距会议已超过 ${lateAfter} 天，如实标注为“补录”`
                  : `距今已超过 ${lateAfter} 天，保存后如实标注为“补录”`
                : undefined
            }
          >
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="startTime" label="开始时间" rules={[contractRule(shape.startTime)]}>
            <HhmmPicker />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="endTime" label="结束时间" rules={[contractRule(shape.endTime)]}>
            <HhmmPicker placeholder="如 11:00" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="place" label="地点" rules={[contractRule(shape.place)]}>
            <Input maxLength={60} placeholder="如：村党群服务中心会议室" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="host" label="主持人" rules={[contractRule(shape.host)]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="recorder" label="记录人" rules={[contractRule(shape.recorder)]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
