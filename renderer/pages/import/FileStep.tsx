import { Alert, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../electron/api/index.js';
import type { ImportWizard } from './useImportWizard.js';

/** Step 1: pick the .xlsx. It is read here in the page; nothing is uploaded anywhere. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const [refused, setRefused] = useState<string | null>(null);
  const problem = refused ?? wizard.error;
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 760 }}>
      <Typography.Paragraph style={{ fontSize: 17, margin: 0 }}>
        请选择保存花名册的 Excel
        文件（.xlsx）。表格上方有标题行也没关系，程序会自动找到表头（姓名、公民身份号码等所在的行）。
        选择后会先让您核对，确认无误才会导入。
      </Typography.Paragraph>
      <Spin spinning={wizard.busy} description="正在读取和检查……">
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            setRefused(null);
            if (!file.name.toLowerCase().endsWith('.xlsx'))
              setRefused('只能导入 .xlsx 格式的文件。旧的 .xls 文件请先用 Excel 打开，“另存为”Excel 工作簿（.xlsx）。');
            else if (file.size > MAX_IMPORT_BYTES) setRefused('文件超过 10 MB，请确认选择的是花名册。');
            else void wizard.chooseFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <div style={{ padding: '32px 16px' }}>
            <div style={{ fontSize: 20, fontWeight: 600 }}>点击这里选择 Excel 文件</div>
            <div style={{ fontSize: 16, color: 'rgba(0,0,0,0.6)', marginTop: 8 }}>也可以把文件拖到这里</div>
          </div>
        </Upload.Dragger>
      </Spin>
      {problem && <Alert type="error" showIcon title="这个文件不能导入" description={problem} />}
    </div>
  );
}
