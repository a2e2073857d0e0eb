import { App, Button, Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MODE_LABELS, type Input, type Mode } from '../../../electron/api/index.js';
import { showFailureOnForm } from '../../components/formRules.js';
import { OrgProfileFields, PROFILE_FIELDS } from '../../components/OrgProfileFields.js';
import { useOrgStore } from '../../stores/org.js';

type ProfileValues = Input<'org.update'>;

interface SetupFormProps {
  mode: Mode;
  onBack: () => void;
}

export function SetupForm({ mode, onBack }: SetupFormProps) {
  const [form] = Form.useForm<ProfileValues>();
  const [saving, setSaving] = useState(false);
  const setup = useOrgStore((s) => s.setup);
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = async (values: ProfileValues) => {
    setSaving(true);
    try {
      await setup({ mode, ...values });
      void message.success('设置完成');
      await navigate('/');
    } catch (err) {
      const rest = showFailureOnForm(form, err, PROFILE_FIELDS);
      if (rest) void message.error(rest);
      setSaving(false);
    }
  };

  return (
    <Card>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text style={{ fontSize: 17 }}>
          使用方式：<Typography.Text strong>{MODE_LABELS[mode]}</Typography.Text>
        </Typography.Text>
        <Button type="link" onClick={onBack}>
          重新选择
        </Button>
      </Space>
      <Form<ProfileValues>
        form={form}
        layout="vertical"
        size="large"
        initialValues={mode === 'branch' ? { orgType: 'village' } : {}}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <OrgProfileFields mode={mode} />
        <Button type="primary" htmlType="submit" size="large" loading={saving} block>
          完成设置
        </Button>
      </Form>
    </Card>
  );
}
