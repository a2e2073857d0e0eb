import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Spin, Switch, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import {
  ACTIVITY_KINDS,
  ACTIVITY_LABELS,
  DEFAULT_SETTINGS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  ROUNDING_LABELS,
  ROUNDINGS,
  settingsInput,
  type CountyKey,
  type Settings,
  type SettingsView,
} from '../../../electron/api/index.js';
import { contractRule, showFailureOnForm } from '../../components/formRules.js';
import { useLeaveGuard } from '../../components/leaveGuard.js';
import { stack } from '../../components/stack.js';
import { useConfirmDiscard } from '../../components/useConfirmDiscard.js';
import { useSettingsStore } from '../../stores/settings.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { BackupCard } from './BackupCard.js';
import { FenInput } from './FenInput.js';

const frequencyOptions = FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }));
const roundingOptions = ROUNDINGS.map((r) => ({ value: r, label: ROUNDING_LABELS[r] }));
const shape = settingsInput.shape;
const FIELDS = [
  'attachmentsEnabled',
  'lateAfterDays',
  'excellentMaxPercent',
  'farmerDuesFen',
  'duesRounding',
  'duesStartMonth',
  ...ACTIVITY_KINDS.map((k) => `frequencies.${k}`),
];

/** A field's label, marked when the 上级党委 fixed it (the field is then read-only). */
function labelOf(text: string, fixed: boolean): ReactNode {
  return fixed ? (
    <span>
      {text}
      <Tag color="red" style={{ marginInlineStart: 8 }}>
        上级统一规定
      </Tag>
    </span>
  ) : (
    text
  );
}

/** 设置: optional features and the rules that differ from place to place. */
export function SettingsPage() {
  const settings = useSettingsStore((s) => s.settings);
  const error = useSettingsStore((s) => s.error);
  const load = useSettingsStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (error && !settings)
    return <Alert type="error" showIcon title={error} action={<Button onClick={() => void load()}>重试</Button>} />;
  if (!settings) return <Spin size="large" />;
  return (
    <div style={{ ...stack(16), maxWidth: 960 }}>
      <SettingsForm settings={settings} />
      <BackupCard />
    </div>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  // The store keeps Settings; settings.get and settings.update both answer with SettingsView.
  const fixed = new Set<CountyKey>((settings as Partial<SettingsView>).fixedByCounty ?? []);
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);
  const update = useSettingsStore((s) => s.update);
  const { message } = App.useApp();
  // Leaving by the main menu with changes not saved asks first, as a dialog's close does.
  useLeaveGuard(useConfirmDiscard(form, settings));

  const save = async (values: Settings) => {
    setSaving(true);
    try {
      form.setFieldsValue(await update(values));
      void message.success('设置已保存');
    } catch (err) {
      const rest = showFailureOnForm(form, err, FIELDS);
      if (rest) void message.error(rest);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Settings>
      form={form}
      layout="vertical"
      initialValues={settings}
      onFinish={(v) => void save(v)}
      style={{ ...stack(16), maxWidth: 960 }}
    >
      <Card title="照片等附件">
        <Form.Item
          name="attachmentsEnabled"
          label="允许给会议记录添加照片、签到表扫描件"
          valuePropName="checked"
          extra="照片等附件为可选功能，默认关闭。开启后可在已保存的会议记录中添加 JPG、PNG 或 PDF 文件（每个不超过 5 MB）；关闭后已有附件仍保留。"
          style={{ marginBottom: 0 }}
        >
          <Switch checkedChildren="开启" unCheckedChildren="关闭" />
        </Form.Item>
      </Card>
      {fixed.size > 0 && (
        <Alert
          type="info"
          showIcon
          title="标有“上级统一规定”的项目由上级党委统一设置，随数据包下发，本支部不能修改。"
        />
      )}
      <Card title="组织生活要求的频次">
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          默认按《中国共产党支部工作条例（试行）》：党员大会每季度、支委会每月、党小组会每月、党课每季度、主题党日每月、组织生活会和民主评议每年。上级有不同要求时在这里修改，组织生活日历随之调整。
        </Typography.Paragraph>
        <Row gutter={24}>
          {ACTIVITY_KINDS.map((k) => (
            <Col key={k} span={8}>
              <Form.Item
                name={['frequencies', k]}
                label={labelOf(ACTIVITY_LABELS[k], fixed.has(`frequencies.${k}`))}
                extra={
                  settings.frequencies[k] === DEFAULT_SETTINGS.frequencies[k]
                    ? undefined
                    : `默认${FREQUENCY_LABELS[DEFAULT_SETTINGS.frequencies[k]]}`
                }
              >
                <Select options={frequencyOptions} disabled={fixed.has(`frequencies.${k}`)} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>
      <Card title="其他">
        <Row gutter={24}>
          <Col span={12}>
            <Form.Item
              name="lateAfterDays"
              label={labelOf('会议后多少天以上登记算“补录”', fixed.has('lateAfterDays'))}
              rules={[contractRule(shape.lateAfterDays)]}
              extra="超过这个天数才登记的记录，在台账中如实标注“补录”"
            >
              <InputNumber
                min={7}
                max={365}
                precision={0}
                suffix="天"
                style={{ width: 160 }}
                disabled={fixed.has('lateAfterDays')}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="excellentMaxPercent"
              label={labelOf('民主评议“优秀”比例提醒线', fixed.has('excellentMaxPercent'))}
              rules={[contractRule(shape.excellentMaxPercent)]}
              extra="评为优秀的人数超过参评人数的这个比例时提醒（一般不超过三分之一）"
            >
              <InputNumber
                min={1}
                max={100}
                precision={0}
                suffix="%"
                style={{ width: 160 }}
                disabled={fixed.has('excellentMaxPercent')}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="党费">
        <Row gutter={24}>
          <Col span={12}>
            <Form.Item
              name="farmerDuesFen"
              label={labelOf('农民党员每月交纳党费', fixed.has('farmerDuesFen'))}
              rules={[contractRule(shape.farmerDuesFen)]}
              extra="农民党员每月交纳 0.20 至 1.00 元"
            >
              <FenInput disabled={fixed.has('farmerDuesFen')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="duesRounding"
              label={labelOf('按比例计算的党费舍入到分', fixed.has('duesRounding'))}
              extra="按工资收入比例计算的党费不足 1 分的部分如何处理"
            >
              <Select options={roundingOptions} style={{ width: 200 }} disabled={fixed.has('duesRounding')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="duesStartMonth"
              label="从哪个月开始在本软件记党费账"
              rules={[contractRule(shape.duesStartMonth)]}
              extra="年中开始使用的支部请选择开始记账的月份：此前的月份不算欠交，也不会误报“连续未交”"
            >
              <IsoDatePicker picker="month" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {/* Kept in view: the frequencies reach below the fold on a 768-line screen. */}
      <div style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: '#f5f5f5' }}>
        <Button type="primary" size="large" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </div>
    </Form>
  );
}
