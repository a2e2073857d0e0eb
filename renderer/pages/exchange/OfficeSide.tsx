import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BundleFile, ExchangeStatus } from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { BranchesTable, type Notice } from './BranchesTable.js';
import { EnrolModal } from './EnrolModal.js';
import { ExportAllButton } from './ExportAllButton.js';
import { ImportCard } from './ImportCard.js';
import { useExport } from './useExport.js';

/** 数据交换 for the office: enrol branches, then collect their bundles and send bundles back. */
export function OfficeSide({ status }: { status: ExchangeStatus }) {
  const [enrolling, setEnrolling] = useState<{ name?: string; code?: string; again?: boolean } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const target = useExport();
  const branches = status.peers.filter((p) => p.role === 'branch');

  const enrolled = (file: BundleFile, name: string) => {
    setNotice({
      type: 'success',
      title: `已生成${name}的登记文件：${file.fileName}`,
      description:
        '请把这个文件拷到 U 盘交给该支部，由支部在“数据交换”中导入；然后与支部电话核对双方的密钥指纹。登记文件只能用一次。',
    });
  };

  return (
    <div style={stack(16)}>
      <section aria-label="已登记的支部">
        <Card
          title={`已登记的支部（${branches.length}）`}
          extra={
            <Button type="primary" size="large" onClick={() => setEnrolling({})}>
              登记支部
            </Button>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 16 }}>
            先“登记支部”生成登记文件交给支部；支部导入后发来第一个数据包，这里就显示“已收到”和该支部的指纹，请电话核对。收齐各支部的数据包后，可选好
            U 盘用“全部导出”一次给每个支部各导出一个回复。
          </Typography.Paragraph>
          <Space wrap size={16} style={{ marginBottom: 16 }}>
            {target.picker}
            <ExportAllButton
              folderChosen={target.place.kind !== 'download'}
              ready={branches.filter((p) => !p.revoked && p.keysKnown).length}
              exportAll={target.exportAll}
              onNotice={setNotice}
            />
          </Space>
          {notice && (
            <Alert
              style={{ marginBottom: 16 }}
              type={notice.type}
              showIcon
              closable={{ onClose: () => setNotice(null) }}
              title={notice.title}
              description={notice.description}
            />
          )}
          <BranchesTable
            branches={branches}
            run={target.run}
            onNotice={setNotice}
            onEnrolAgain={(p) => setEnrolling({ name: p.name, code: p.code, again: true })}
          />
        </Card>
      </section>
      <ImportCard
        multiple
        hint="各支部交来的数据包（.zbx）可以一次全部选中导入，每个文件单独核对、单独导入；同一个数据包重复导入会提示已导入过，不会重复记录。"
      />
      {enrolling && <EnrolModal initial={enrolling} onEnrolled={enrolled} onClose={() => setEnrolling(null)} />}
    </div>
  );
}
