import { Alert, Button, Checkbox, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ImportPreview, ImportResult } from '../../../electron/api/index.js';
import type { ImportWizard } from './useImportWizard.js';

/** Step 4: import everything or nothing; rows with problems only go out with explicit consent. */
export function CommitStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const [skipRejected, setSkipRejected] = useState(false);
  const { counts } = preview;
  if (wizard.result) return <Done result={wizard.result} onAgain={wizard.restart} />;

  const blocked = counts.rejected > 0 && !skipRejected;
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 760 }}>
      <Typography.Paragraph style={{ fontSize: 17, margin: 0 }}>
        文件“{wizard.file?.fileName}”中有 <b>{counts.ok}</b> 行可以导入
        {counts.duplicate > 0 && `，${counts.duplicate} 人已在花名册中，不会重复导入`}。
        导入要么全部完成，要么一行也不写入，不会只导入一半。
      </Typography.Paragraph>
      {preview.newGroups.length > 0 && (
        <Alert type="info" showIcon title={`将新建党小组：${preview.newGroups.join('、')}`} />
      )}
      {counts.rejected > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`有 ${counts.rejected} 行有问题，这些行不会被导入`}
          description={
            <div style={{ display: 'grid', gap: 8 }}>
              <span>
                可以先“返回检查”，按红字改好 Excel 后重新选择文件；也可以先导入没有问题的行，以后再补录有问题的人。
              </span>
              <Checkbox checked={skipRejected} onChange={(e) => setSkipRejected(e.target.checked)}>
                跳过有问题的行，只导入可导入的 {counts.ok} 行
              </Checkbox>
            </div>
          }
        />
      )}
      {wizard.error && <Alert type="error" showIcon title="没有导入" description={wizard.error} />}
      <Space>
        <Button size="large" onClick={() => wizard.setStep(2)} disabled={wizard.busy}>
          返回检查
        </Button>
        <Button
          type="primary"
          size="large"
          loading={wizard.busy}
          disabled={blocked || counts.ok === 0}
          onClick={() => void wizard.commit(skipRejected)}
        >
          导入 {counts.ok} 名党员
        </Button>
      </Space>
    </div>
  );
}

function Done({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const navigate = useNavigate();
  const skipped = [
    result.duplicates > 0 ? `${result.duplicates} 人已存在，未重复导入` : '',
    result.rejected > 0 ? `${result.rejected} 行有问题，未导入` : '',
    result.newGroups.length > 0 ? `新建党小组：${result.newGroups.join('、')}` : '',
  ].filter(Boolean);
  return (
    <Result
      status="success"
      title={`已导入 ${result.imported} 名党员`}
      subTitle={skipped.join('；')}
      extra={
        <Space>
          <Button type="primary" size="large" onClick={() => void navigate('/members')}>
            查看花名册
          </Button>
          <Button size="large" onClick={onAgain}>
            再导入一个文件
          </Button>
        </Space>
      }
    />
  );
}
