import { Radio, Select, Space, Typography } from 'antd';
import type { NoticeRecipients } from '../../../electron/api/index.js';

interface RecipientsFieldProps {
  /** Set by Form.Item. */
  id?: string;
  value?: NoticeRecipients;
  onChange?: (value: NoticeRecipients) => void;
  branches: { code: string; name: string }[];
}

/** 发给：全部支部 (those enrolled later too), or the branches picked from the list. */
export function RecipientsField({ id, value = '*', onChange, branches }: RecipientsFieldProps) {
  const all = value === '*';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Radio.Group
        id={id}
        value={all ? 'all' : 'some'}
        onChange={(e) => onChange?.(e.target.value === 'all' ? '*' : [])}
        optionType="button"
        buttonStyle="solid"
        options={[
          { value: 'all', label: `全部支部（${branches.length} 个）` },
          { value: 'some', label: '指定支部' },
        ]}
      />
      {all ? (
        <Typography.Text type="secondary">以后新登记的支部也会收到这条通知。</Typography.Text>
      ) : (
        <Select
          mode="multiple"
          aria-label="选择接收通知的支部"
          placeholder="点击选择，或输入支部名称、代码查找"
          value={value}
          onChange={(codes: string[]) => onChange?.(codes)}
          options={branches.map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))}
          optionFilterProp="label"
          allowClear
          style={{ width: '100%' }}
        />
      )}
    </Space>
  );
}
