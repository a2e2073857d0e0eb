import { Checkbox, Form, Input } from 'antd';
import { exchangeOps, type BundleFile } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { saveFile } from './files.js';

interface EnrolValues {
  name: string;
  code: string;
  again: boolean;
}

const FIELDS = ['name', 'code', 'again'];
const shape = exchangeOps['exchange.enrolBranch'].input.shape;

/** 登记支部: records the branch and downloads its one-time .zbenrol file. */
export function EnrolModal(props: {
  initial?: Partial<EnrolValues>;
  onEnrolled: (file: BundleFile, name: string) => void;
  onClose: () => void;
}) {
  const enrolBranch = useExchangeStore((s) => s.enrolBranch);
  const save = async (values: EnrolValues) => {
    const file: BundleFile = await enrolBranch({ name: values.name, code: values.code, again: values.again });
    saveFile(file);
    props.onEnrolled(file, values.name);
  };

  return (
    <FormModal<EnrolValues>
      title="登记支部"
      okText="生成登记文件"
      fields={FIELDS}
      initialValues={{ name: '', code: '', again: false, ...props.initial }}
      onSave={save}
      onClose={props.onClose}
    >
      <Form.Item name="name" label="支部名称" rules={[contractRule(shape.name)]}>
        <Input placeholder="例如：中共东风村支部委员会" />
      </Form.Item>
      <Form.Item
        name="code"
        label="代码"
        rules={[contractRule(shape.code)]}
        extra="必须与支部在“首次设置”中填写的组织代码完全一致"
      >
        <Input placeholder="例如：DF001" />
      </Form.Item>
      <Form.Item name="again" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>重新登记（支部更换电脑）：旧电脑发来的数据包将不再接受</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
