import { Descriptions, Tag, Typography } from 'antd';
import type { NoticeDetail } from '../../../electron/api/index.js';

/** The notice as issued: dates, issuer and text, the same at the office and at a branch. */
export function NoticeHead({ notice, recipients }: { notice: NoticeDetail; recipients?: string }) {
  return (
    <>
      <Descriptions column={recipients ? 4 : 3} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="发文单位">{notice.issuer}</Descriptions.Item>
        <Descriptions.Item label="发文日期">{notice.issuedOn}</Descriptions.Item>
        <Descriptions.Item label="办理期限">
          {notice.dueOn ?? '不限'}
          {notice.overdue && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              已逾期
            </Tag>
          )}
        </Descriptions.Item>
        {recipients && <Descriptions.Item label="发给">{recipients}</Descriptions.Item>}
      </Descriptions>
      <Typography.Paragraph
        style={{
          whiteSpace: 'pre-wrap',
          fontSize: 17,
          lineHeight: 1.9,
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          padding: '16px 20px',
        }}
      >
        {notice.body || '（无正文，请查看附件）'}
      </Typography.Paragraph>
    </>
  );
}
