import { Button, Card, Form, Input, InputNumber, Typography } from 'antd';
import { voteInput } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import type { MeetingValues } from './meetingForm.js';

const shape = voteInput.shape;
const COUNTS = [
  { name: 'yes', label: '赞成' },
  { name: 'no', label: '反对' },
  { name: 'abstain', label: '弃权' },
] as const;

/** 表决: 赞成/反对/弃权 per motion; a new motion starts as everyone present with a vote in favour. */
export function VotesSection({ votingPresent }: { votingPresent: number }) {
  const form = Form.useFormInstance<MeetingValues>();
  const votes = Form.useWatch('votes', { form, preserve: true }) ?? [];

  return (
    <Card title="表决情况">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        没有表决事项可不填。每项票数合计不能超过到会有表决权的人数（现为 {votingPresent} 人）。
      </Typography.Paragraph>
      <Form.List name="votes">
        {(fields, { add, remove }, meta) => (
          <div style={{ display: 'grid', gap: 8 }}>
            {fields.map((field, i) => {
              const v = votes[field.name];
              const total = v ? Number(v.yes ?? 0) + Number(v.no ?? 0) + Number(v.abstain ?? 0) : 0;
              return (
                <div
                  key={field.key}
                  role="group"
                  aria-label={`表决事项 ${i + 1}`}
                  style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}
                >
                  <Form.Item
                    name={[field.name, 'motion']}
                    style={{ margin: 0, flex: 1 }}
                    rules={[contractRule(shape.motion)]}
                  >
                    <Input maxLength={100} aria-label="表决事项" placeholder="表决事项，如：接收张某为预备党员" />
                  </Form.Item>
                  {COUNTS.map((c) => (
                    <Form.Item
                      key={c.name}
                      name={[field.name, c.name]}
                      style={{ margin: 0 }}
                      rules={[contractRule(shape[c.name])]}
                    >
                      <InputNumber
                        min={0}
                        precision={0}
                        prefix={c.label}
                        aria-label={`${c.label}票`}
                        style={{ width: 118 }}
                      />
                    </Form.Item>
                  ))}
                  <Typography.Text
                    type={total > votingPresent ? 'danger' : 'secondary'}
                    style={{ paddingTop: 8, width: 64 }}
                  >
                    合计 {total}
                  </Typography.Text>
                  <Button onClick={() => remove(field.name)}>删除</Button>
                </div>
              );
            })}
            <Form.ErrorList errors={meta.errors} />
            <Button
              type="dashed"
              style={{ justifySelf: 'start' }}
              onClick={() => add({ motion: '', yes: votingPresent, no: 0, abstain: 0 })}
            >
              + 添加表决事项
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}
