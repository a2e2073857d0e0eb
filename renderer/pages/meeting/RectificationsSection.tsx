import { Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { rectificationInput } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';

const shape = rectificationInput.shape;
const BLANK = { problem: '', measure: '', owner: '', dueOn: null, doneOn: null, progress: '' };

/** 组织生活会 整改清单: each problem found, what will be done, by whom and by when. */
export function RectificationsSection() {
  return (
    <Card title="查摆问题和整改清单">
      <Form.List name="rectifications">
        {(fields, { add, remove }, meta) => (
          <div style={{ display: 'grid', gap: 12 }}>
            {fields.length === 0 && (
              <Typography.Text type="secondary">
                会上查摆出的问题逐条添加，写明整改措施、责任人和完成时限。
              </Typography.Text>
            )}
            {fields.map((field, i) => (
              <div
                key={field.key}
                role="group"
                aria-label={`问题 ${i + 1}`}
                style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 16px 0' }}
              >
                <Row gutter={16}>
                  <Col span={12}>
                    <Form.Item
                      name={[field.name, 'problem']}
                      label={`问题 ${i + 1}`}
                      required
                      rules={[contractRule(shape.problem)]}
                    >
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={300} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name={[field.name, 'measure']} label="整改措施" rules={[contractRule(shape.measure)]}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={300} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'owner']} label="责任人" rules={[contractRule(shape.owner)]}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'dueOn']} label="完成时限" rules={[contractRule(shape.dueOn)]}>
                      <IsoDatePicker allowFuture />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'doneOn']} label="完成日期" rules={[contractRule(shape.doneOn)]}>
                      <IsoDatePicker />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[field.name, 'progress']} label="完成情况" rules={[contractRule(shape.progress)]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={2} style={{ paddingTop: 34 }}>
                    <Button onClick={() => remove(field.name)}>删除</Button>
                  </Col>
                </Row>
              </div>
            ))}
            <Form.ErrorList errors={meta.errors} />
            <Button type="dashed" style={{ justifySelf: 'start' }} onClick={() => add(BLANK)}>
              + 添加问题
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}
