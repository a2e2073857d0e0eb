import { Col, Form, Input, Radio, Row, Select } from 'antd';
import {
  basisInput,
  DUES_BASE_LABELS,
  DUES_CATEGORIES,
  DUES_CATEGORY_LABELS,
  REDUCTION_LABELS,
  REDUCTIONS,
  type DuesCategory,
  type Reduction,
} from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { ITEM } from './common.js';

const shape = basisInput.shape;
const rule = (field: keyof typeof shape) => [contractRule(shape[field])];
const CATEGORY_OPTIONS = DUES_CATEGORIES.map((c) => ({ value: c, label: DUES_CATEGORY_LABELS[c] }));
const REDUCTION_OPTIONS = REDUCTIONS.map((r) => ({ value: r, label: REDUCTION_LABELS[r] }));

/** The fields of one basis; which appear depends on the category and on any 减免. */
export function BasisFields() {
  const category = Form.useWatch<DuesCategory | undefined>('category');
  const reduction = Form.useWatch<Reduction | undefined>('reduction');
  const baseLabel = category ? DUES_BASE_LABELS[category] : undefined;
  const reduced = reduction === 'reduced' || reduction === 'exempt';

  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item style={ITEM} name="effectiveFrom" label="从哪个月起" required rules={rule('effectiveFrom')}>
          <IsoDatePicker picker="month" allowFuture />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item style={ITEM} name="category" label="党费类别" required rules={rule('category')}>
          <Select options={CATEGORY_OPTIONS} placeholder="选择类别" />
        </Form.Item>
      </Col>
      <Col span={8}>
        {baseLabel && (
          <Form.Item style={ITEM} name="base" label={`${baseLabel}（基数）`} required rules={rule('base')}>
            <Input suffix="元" inputMode="decimal" maxLength={12} />
          </Form.Item>
        )}
        {category === 'farmer' && (
          <Form.Item style={ITEM} name="fixed" label="每月交纳" rules={rule('fixed')} extra="0.20–1.00 元，由支部确定">
            <Input suffix="元" inputMode="decimal" maxLength={6} />
          </Form.Item>
        )}
      </Col>
      <Col span={8}>
        <Form.Item name="reduction" label="减免" extra="困难党员经支部决定、上级批准" style={ITEM}>
          <Radio.Group aria-label="减免" optionType="button" buttonStyle="solid" options={REDUCTION_OPTIONS} />
        </Form.Item>
      </Col>
      {reduction === 'reduced' && (
        <Col span={8}>
          <Form.Item name="reducedAmount" label="减免后每月交纳" required rules={rule('reducedAmount')} style={ITEM}>
            <Input suffix="元" inputMode="decimal" maxLength={12} />
          </Form.Item>
        </Col>
      )}
      {reduced && (
        <Col span={8}>
          <Form.Item name="decisionOn" label="支部决定日期" required rules={rule('decisionOn')} style={ITEM}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
      )}
      {reduced && (
        <Col span={reduction === 'reduced' ? 12 : 8}>
          <Form.Item name="approvalRef" label="上级批准文号" required rules={rule('approvalRef')} style={ITEM}>
            <Input maxLength={60} placeholder="如：红星镇党委〔2026〕5号" />
          </Form.Item>
        </Col>
      )}
      <Col span={reduction === 'reduced' ? 12 : reduced ? 24 : 16}>
        <Form.Item name="note" label="备注" rules={rule('note')} style={ITEM}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
