import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api.js';

/**
 * Picks the receiving branch of a 转出 from the county directory the office sent: it fills
 * 对方党组织 and remembers the branch's code, so the office relays the letter to it.
 * Shows nothing when this branch has no directory (not enrolled yet, or a paper-only move).
 */
export function CountyBranchPicker() {
  const form = Form.useFormInstance();
  const [branches, setBranches] = useState<{ code: string; name: string }[]>([]);
  const code = Form.useWatch<string | undefined>('counterpartCode', form);

  useEffect(() => {
    let current = true;
    call('transfers.directory', {}).then(
      (list) => current && setBranches(list),
      () => current && setBranches([]),
    );
    return () => {
      current = false;
    };
  }, []);

  if (branches.length === 0) return null;
  return (
    <Form.Item
      label="本县（乡镇）内的支部"
      extra="转往本县（乡镇）已登记的支部时在这里选：介绍信会随数据包经上级党委转给对方，对方确认后回执自动返回"
    >
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="转往外县或其他单位时不用选"
        value={code || undefined}
        options={branches.map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))}
        onChange={(value: string | undefined) => {
          const picked = branches.find((b) => b.code === value);
          form.setFieldsValue({
            counterpartCode: picked?.code ?? '',
            ...(picked ? { counterpartOrg: picked.name } : {}),
          });
        }}
      />
    </Form.Item>
  );
}
