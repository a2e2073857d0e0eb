import { Alert, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../electron/api/index.js';
import type { ImportWizard } from './useImportWizard.js';

/** Roster files villages have: Excel (new and 97-2003), WPS 表格 and CSV as Chinese Excel saves it. */
const ROSTER_EXTENSIONS = ['.xlsx', '.xls', '.et', '.csv'];

/** Step 1: pick the roster file. It is read here in the page; nothing is uploaded anywhere. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const [refused, setRefused] = useState<string | null>(null);
  const problem = refused ?? wizard.error;
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 760 }}>
      <Typography.Paragraph style={{ fontSize: 17, margin: 0 }}>
        请选择保存花名册的 Excel 或 WPS 表格文件（.xlsx、.xls、.et，或
        .csv）。表格上方有标题行也没关系，程序会自动找到表头（姓名、公民身份号码等所在的行）。
        选择后会先让您核对，确认无误才会导入。
      </Typography.Paragraph>
      <Spin spinning={wizard.busy} description="正在读取和检查……">
        <Upload.Dragger
          accept={ROSTER_EXTENSIONS.join(',')}
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            setRefused(null);
            if (!ROSTER_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext)))
              setRefused('只能导入 Excel 或 WPS 表格文件（.xlsx、.xls、.et）或 .csv 文件。');
            else if (file.size > MAX_IMPORT_BYTES) setRefused('文件超过 10 MB，请确认选择的是花名册。');
            else void wizard.chooseFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <div style={{ padding: '32px 16px' }}>
            <div style={{ fontSize: 20, fontWeight: 600 }}>点击这里选择花名册文件</div>
            <div style={{ fontSize: 16, color: 'rgba(0,0,0,0.6)', marginTop: 8 }}>也可以把文件拖到这里</div>
          </div>
        </Upload.Dragger>
      </Spin>
      {problem && <Alert type="error" showIcon title="这个文件不能导入" description={problem} />}
    </div>
  );
}
