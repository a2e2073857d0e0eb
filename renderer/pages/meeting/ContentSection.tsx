import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import { meetingInput, THEME_ACTIVITIES, THEME_ACTIVITY_LABELS } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import type { MeetingParts } from './meetingForm.js';

const shape = meetingInput.shape;
const activityOptions = THEME_ACTIVITIES.map((a) => ({ value: a, label: THEME_ACTIVITY_LABELS[a] }));

/** 内容: 议题, the minutes and decisions, and what a 党课 or 主题党日 adds. */
export function ContentSection({ parts }: { parts: MeetingParts }) {
  return (
    <Card title="会议内容">
      {parts.lecture && (
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item
              name="lecturer"
              label="授课人"
              required
              rules={[{ required: true, whitespace: true, message: '党课请填写授课人' }, contractRule(shape.lecturer)]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="lectureTitle"
              label="党课题目"
              required
              rules={[
                { required: true, whitespace: true, message: '党课请填写党课题目' },
                contractRule(shape.lectureTitle),
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lectureHours" label="学时" rules={[contractRule(shape.lectureHours)]}>
              <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} placeholder="如 2" />
            </Form.Item>
          </Col>
        </Row>
      )}
      {parts.themeDay && (
        <Form.Item name="activities" label="主题党日活动形式（可多选）">
          <Checkbox.Group options={activityOptions} />
        </Form.Item>
      )}
      <Form.List name="agenda">
        {(fields, { add, remove }) => (
          <Form.Item label="议题" required={false}>
            <div style={{ display: 'grid', gap: 8 }}>
              {fields.map((field, i) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <span style={{ width: 28, paddingTop: 8, flex: 'none' }}>{i + 1}.</span>
                  <Form.Item name={field.name} style={{ margin: 0, flex: 1 }}>
                    <Input maxLength={200} aria-label={`议题 ${i + 1}`} placeholder="如：学习传达镇党委会议精神" />
                  </Form.Item>
                  <Button
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                    aria-label={`删除议题 ${i + 1}`}
                  >
                    删除
                  </Button>
                </div>
              ))}
              <Button type="dashed" onClick={() => add('')} style={{ justifySelf: 'start' }}>
                + 添加议题
              </Button>
            </div>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="minutes" label="会议记录（主要内容、发言情况）" rules={[contractRule(shape.minutes)]}>
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 24 }} maxLength={20000} showCount />
      </Form.Item>
      <Form.Item
        name="decisions"
        label="决议、议定事项"
        rules={[contractRule(shape.decisions)]}
        style={{ marginBottom: 0 }}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
      </Form.Item>
    </Card>
  );
}
