import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  InputNumber,
  Row,
  Select,
  Spin,
  Typography,
  type FormRule,
} from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import {
  ACTIVITY_KINDS,
  COUNTY_KEY_LABELS,
  COUNTY_KEYS,
  countyInput,
  FREQUENCIES,
  FREQUENCY_LABELS,
  ROUNDING_LABELS,
  ROUNDINGS,
  type CountyKey,
  type CountySettings,
  type CountyValues,
} from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { contractRule, showFailureOnForm } from '../../components/formRules.js';
import { stack } from '../../components/stack.js';
import { FenInput } from '../settings/FenInput.js';

/** The form holds the values, and one tick per setting: 统一规定 or left to each branch. */
interface FormValues {
  values: CountyValues;
  fixed: Record<CountyKey, boolean>;
}

const values = countyInput.shape.values.shape;
const frequencyOptions = FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }));
const roundingOptions = ROUNDINGS.map((r) => ({ value: r, label: ROUNDING_LABELS[r] }));
const FIELDS = (field: string) => field.startsWith('values.');

const toForm = (c: CountySettings): FormValues => ({
  values: c.values,
  fixed: Object.fromEntries(COUNTY_KEYS.map((k) => [k, c.fixed.includes(k)])) as Record<CountyKey, boolean>,
});

/** One setting: its value and whether it binds every branch. */
function SettingLine({
  k,
  name,
  rule,
  children,
}: {
  k: CountyKey;
  name: string[];
  rule?: FormRule;
  children: ReactNode;
}) {
  return (
    <Row gutter={16} align="middle" style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 0' }}>
      <Col span={8}>
        {/* Form.Item names its control values_<path>: the label reaches it. */}
        <label htmlFor={['values', ...name].join('_')}>{COUNTY_KEY_LABELS[k]}</label>
      </Col>
      <Col span={10}>
        <Form.Item name={['values', ...name]} rules={rule ? [rule] : []} style={{ margin: 0 }}>
          {children}
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name={['fixed', k]} valuePropName="checked" style={{ margin: 0 }}>
          <Checkbox aria-label={`${COUNTY_KEY_LABELS[k]}统一规定`}>统一规定</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 统一设置: what the 党委 fixes for all its branches; they receive it with the next bundle. */
export function CountySettingsPage() {
  const [loaded, setLoaded] = useState<CountySettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call('county.get', {}).then(
      (c) => current && setLoaded(c),
      (err: unknown) => current && setError(failureMessage(err)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  if (!loaded && error)
    return (
      <Alert
        type="error"
        showIcon
        title={error}
        action={<Button onClick={() => setAttempt((n) => n + 1)}>重试</Button>}
      />
    );
  if (!loaded) return <Spin size="large" />;
  return <CountyForm initial={loaded} />;
}

function CountyForm({ initial }: { initial: CountySettings }) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const save = async (v: FormValues) => {
    setSaving(true);
    try {
      const saved = await call('county.save', {
        values: v.values,
        fixed: COUNTY_KEYS.filter((k) => v.fixed[k]),
      });
      form.setFieldsValue(toForm(saved));
      void message.success(
        saved.fixed.length > 0
          ? `已保存：${saved.fixed.length} 项统一规定，随下一次导出的数据包发给各支部`
          : '已保存：各项均由支部自行设置',
      );
    } catch (err) {
      const rest = showFailureOnForm(form, err, FIELDS);
      if (rest) void message.error(rest);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<FormValues>
      form={form}
      initialValues={toForm(initial)}
      onFinish={(v) => void save(v)}
      style={{ ...stack(16), maxWidth: 960 }}
    >
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        勾选“统一规定”的项目随下一次导出的数据包发给所有支部：支部的组织生活日历、党费计算按此执行，支部不能修改。未勾选的项目由各支部自行设置（默认按《中国共产党支部工作条例（试行）》和党费收缴规定）。
      </Typography.Paragraph>
      <Card title="组织生活要求的频次">
        {ACTIVITY_KINDS.map((kind) => (
          <SettingLine key={kind} k={`frequencies.${kind}`} name={['frequencies', kind]}>
            <Select options={frequencyOptions} style={{ width: 160 }} />
          </SettingLine>
        ))}
      </Card>
      <Card title="党费">
        <SettingLine k="farmerDuesFen" name={['farmerDuesFen']} rule={contractRule(values.farmerDuesFen)}>
          <FenInput />
        </SettingLine>
        <SettingLine k="duesRounding" name={['duesRounding']}>
          <Select options={roundingOptions} style={{ width: 200 }} />
        </SettingLine>
      </Card>
      <Card title="记录和评议">
        <SettingLine k="lateAfterDays" name={['lateAfterDays']} rule={contractRule(values.lateAfterDays)}>
          <InputNumber min={7} max={365} precision={0} suffix="天" style={{ width: 160 }} />
        </SettingLine>
        <SettingLine
          k="excellentMaxPercent"
          name={['excellentMaxPercent']}
          rule={contractRule(values.excellentMaxPercent)}
        >
          <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: 160 }} />
        </SettingLine>
      </Card>
      <div style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: '#f5f5f5' }}>
        <Button type="primary" size="large" htmlType="submit" loading={saving}>
          保存统一设置
        </Button>
      </div>
    </Form>
  );
}
