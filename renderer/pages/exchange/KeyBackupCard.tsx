import { Alert, Button, Card, Form, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { exchangeOps, type BundleFile } from '../../../electron/api/index.js';
import { call } from '../../api.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { READ_FAILED, readBundleFile, saveFile } from './files.js';
import { FingerprintText } from './Fingerprint.js';

const passphraseRule = contractRule(exchangeOps['exchange.restoreKeys'].input.shape.passphrase);

interface BackupValues {
  passphrase: string;
  confirm: string;
}

function BackupModal(props: { onDone: (file: BundleFile) => void; onClose: () => void }) {
  const save = async (values: BackupValues) => {
    const file = await call('exchange.backupKeys', values);
    saveFile(file);
    props.onDone(file);
  };
  return (
    <FormModal<BackupValues>
      title="备份密钥"
      okText="备份密钥"
      fields={['passphrase', 'confirm']}
      initialValues={{ passphrase: '', confirm: '' }}
      onSave={save}
      onClose={props.onClose}
    >
      <Typography.Paragraph>
        备份文件用口令加密。请把文件和口令分开保管（例如文件存 U 盘、口令记在纸上锁进柜子）；忘记口令就无法恢复。
      </Typography.Paragraph>
      <Form.Item name="passphrase" label="口令（至少 8 个字符）" rules={[passphraseRule]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="再次输入口令"
        dependencies={['passphrase']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value === getFieldValue('passphrase')
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的口令不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

/** The picked .zbkey, read in the page; shown by name once picked. */
function KeyFilePick(props: { value?: BundleFile; onChange?: (f: BundleFile | undefined) => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Upload
        accept=".zbkey"
        multiple={false}
        showUploadList={false}
        beforeUpload={(picked) => {
          setError(null);
          readBundleFile(picked).then(
            (f) => props.onChange?.(f),
            () => setError(READ_FAILED),
          );
          return Upload.LIST_IGNORE;
        }}
      >
        <Button>选择密钥备份文件（.zbkey）</Button>
      </Upload>
      {props.value && <div style={{ marginTop: 8 }}>已选择：{props.value.fileName}</div>}
      {error && <div style={{ marginTop: 8, color: '#cf1322' }}>{error}</div>}
    </div>
  );
}

interface RestoreValues {
  /** The picked file; named after the contract field that reports problems with it. */
  base64?: BundleFile;
  passphrase: string;
}

function RestoreModal(props: { onDone: (fingerprint: string) => void; onClose: () => void }) {
  const load = useExchangeStore((s) => s.load);
  const save = async (values: RestoreValues) => {
    const file = values.base64 as BundleFile;
    const r = await call('exchange.restoreKeys', { ...file, passphrase: values.passphrase });
    await load();
    props.onDone(r.fingerprint);
  };
  return (
    <FormModal<RestoreValues>
      title="从备份恢复密钥"
      okText="恢复密钥"
      fields={['base64', 'passphrase']}
      initialValues={{ passphrase: '' }}
      onSave={save}
      onClose={props.onClose}
    >
      <Alert
        style={{ marginBottom: 16 }}
        type="warning"
        showIcon
        title="恢复后，本机现在的密钥将被备份中的密钥替换"
        description="只在更换或重装电脑后使用。只能恢复本单位（组织代码相同）的密钥备份。"
      />
      <Form.Item name="base64" label="密钥备份文件" rules={[{ required: true, message: '请选择密钥备份文件' }]}>
        <KeyFilePick />
      </Form.Item>
      <Form.Item name="passphrase" label="口令" rules={[passphraseRule]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
    </FormModal>
  );
}

/** 密钥备份: the only way this installation's private keys leave the machine. */
export function KeyBackupCard() {
  const [open, setOpen] = useState<'backup' | 'restore' | null>(null);
  const [done, setDone] = useState<{ title: string; fingerprint?: string } | null>(null);
  return (
    <section aria-label="密钥备份">
      <Card
        title="密钥备份"
        extra={
          <Space>
            <Button onClick={() => setOpen('backup')}>备份密钥</Button>
            <Button onClick={() => setOpen('restore')}>从备份恢复</Button>
          </Space>
        }
      >
        <Typography.Paragraph style={{ margin: 0, fontSize: 16 }}>
          更换或重装电脑后，从密钥备份恢复，本单位就保持原来的身份，对方无需重新登记（请把登记文件与密钥备份一起保管）。
        </Typography.Paragraph>
        {done && (
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            closable={{ onClose: () => setDone(null) }}
            title={done.title}
            description={done.fingerprint && <FingerprintText value={done.fingerprint} />}
          />
        )}
      </Card>
      {open === 'backup' && (
        <BackupModal
          onDone={(f) => setDone({ title: `已生成密钥备份：${f.fileName}，请保存到 U 盘并妥善保管` })}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'restore' && (
        <RestoreModal
          onDone={(fingerprint) => setDone({ title: '已恢复本机密钥，本机密钥指纹现为：', fingerprint })}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
