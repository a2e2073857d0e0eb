import { Alert, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditEntry, AuditPage as Page } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { localTime } from '../../components/localTime.js';
import { actionLabel, changeLines, recordText } from './auditText.js';

interface Filter {
  text?: string;
  userName?: string;
  from?: string | null;
  to?: string | null;
}

/** 操作记录 (管理员 only): every change and every look at full personal data, searchable and printable. */
export function AuditPage() {
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState<Page>({ entries: [], total: 0, names: {} });
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let current = true;
    call('audit.search', {
      text: filter.text ?? '',
      userName: filter.userName ?? '',
      from: filter.from ?? null,
      to: filter.to ?? null,
      limit: 500,
    }).then(
      (p) => {
        if (!current) return;
        setPage(p);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(failureMessage(err));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [filter]);

  const search = (f: Filter) => {
    setLoading(true);
    setFilter({ ...f });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} className="audit-page">
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
          操作记录
        </Typography.Title>
        <Button className="no-print" onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <Card className="no-print">
        <Form<Filter> layout="inline" onFinish={search}>
          <Form.Item name="text" label="查找内容">
            <Input placeholder="姓名、号码、内容" allowClear />
          </Form.Item>
          <Form.Item name="userName" label="操作人">
            <Input allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="from" label="从">
            <IsoDatePicker />
          </Form.Item>
          <Form.Item name="to" label="到">
            <IsoDatePicker />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            查找
          </Button>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      <Typography.Text type="secondary">
        共 {page.total} 条{page.total > page.entries.length ? `，显示最新的 ${page.entries.length} 条` : ''}
      </Typography.Text>
      <Table<AuditEntry>
        rowKey="seq"
        loading={loading}
        dataSource={page.entries}
        pagination={false}
        size="small"
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => localTime(at, true) },
          { title: '操作人', dataIndex: 'userName', width: 140 },
          { title: '操作', dataIndex: 'action', width: 110, render: (a: string) => actionLabel(a) },
          { title: '记录', key: 'record', width: 150, render: (_: unknown, e) => recordText(e, page.names) },
          {
            title: '内容',
            key: 'what',
            render: (_: unknown, e) => (
              <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {[e.note, ...changeLines(e, page.names)].filter(Boolean).join('\n')}
              </div>
            ),
          },
        ]}
      />
    </Space>
  );
}
