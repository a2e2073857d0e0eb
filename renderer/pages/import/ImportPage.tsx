import { Button, Space, Steps, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMembersStore } from '../../stores/members.js';
import { useOrgStore } from '../../stores/org.js';
import { CommitStep } from './CommitStep.js';
import { FileStep } from './FileStep.js';
import { MappingStep } from './MappingStep.js';
import { PreviewStep } from './PreviewStep.js';
import { useImportWizard } from './useImportWizard.js';
import { stack } from '../../components/stack.js';

const STEPS = [{ title: '选择文件' }, { title: '核对列' }, { title: '检查每一行' }, { title: '导入' }];

/** 从 Excel 导入花名册: choose, check the columns, see every row, then import at once. */
export function ImportPage() {
  const wizard = useImportWizard();
  const navigate = useNavigate();
  const loadRoster = useMembersStore((s) => s.load);
  const refreshOrg = useOrgStore((s) => s.refresh);
  const { preview, result, step } = wizard;

  // Once imported, the roster and the 党小组 list (new groups) are stale everywhere.
  useEffect(() => {
    if (!result) return;
    void loadRoster();
    // If this fails, new 党小组 only miss from the filters until the next screen re-reads them.
    refreshOrg().catch(() => undefined);
  }, [result, loadRoster, refreshOrg]);

  return (
    <div style={stack(16)}>
      <Space wrap size="middle">
        <Button size="large" onClick={() => void navigate('/members')}>
          返回花名册
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          从 Excel 导入花名册
        </Typography.Title>
      </Space>
      <Steps current={step} items={STEPS} size="small" style={{ maxWidth: 900 }} />
      {(step === 0 || !preview) && <FileStep wizard={wizard} />}
      {step === 1 && preview && <MappingStep wizard={wizard} preview={preview} />}
      {step === 2 && preview && <PreviewStep wizard={wizard} preview={preview} />}
      {step === 3 && preview && <CommitStep wizard={wizard} preview={preview} />}
    </div>
  );
}
