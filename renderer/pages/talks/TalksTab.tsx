import { App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ComplianceYear, Talk } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { useReadOnly } from '../../stores/lens.js';
import { useOrgLifeStore } from '../../stores/orgLife.js';
import { TalkFormModal } from './TalkFormModal.js';

type Editing = null | 'new' | Talk;

/** The calendar tab lists everyone; here a short line is enough. */
function missingNames(missing: { name: string }[]): string {
  const names = missing
    .slice(0, 10)
    .map((m) => m.name)
    .join('、');
  return missing.length > 10 ? `${names}等 ${missing.length} 人` : names;
}

interface TalksTabProps {
  talks: Talk[];
  compliance: ComplianceYear | null;
  loading: boolean;
}

/** 谈心谈话: the year's talks; each member is owed at least one a year. */
export function TalksTab({ talks, compliance, loading }: TalksTabProps) {
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState<Editing>(null);
  const removeTalk = useOrgLifeStore((s) => s.removeTalk);
  const { message } = App.useApp();

  const remove = async (t: Talk) => {
    try {
      await removeTalk(t.id);
      void message.success('已删除');
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const columns: TableColumnsType<Talk> = [
    {
      title: '日期',
      dataIndex: 'heldOn',
      width: 120,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.heldOn.localeCompare(b.heldOn),
    },
    {
      title: '谈话人',
      key: 'talker',
      width: 170,
      render: (_: unknown, t) => `${t.talker}${t.talkerPost ? `（${t.talkerPost}）` : ''}`,
    },
    {
      title: '谈话对象',
      key: 'talkee',
      width: 170,
      render: (_: unknown, t) => `${t.talkee}${t.talkeePost ? `（${t.talkeePost}）` : ''}`,
    },
    { title: '类型', dataIndex: 'talkType', width: 80 },
    {
      title: '谈话主题',
      dataIndex: 'topic',
      render: (topic: string, t) => (
        <Space size={6}>
          {topic}
          {t.late && <Tag color="orange">补录</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, t) => (
        <Space>
          <Button onClick={() => setEditing(t)}>修改</Button>
          <Popconfirm
            title="删除这条谈话记录？"
            description="删除后不再列出，系统会保留删除痕迹备查。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(t)}
          >
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const summary = compliance?.talks;
  return (
    <div style={stack(12)}>
      <Space wrap size="middle">
        {!readOnly && (
          <Button type="primary" size="large" onClick={() => setEditing('new')}>
            新增谈话记录
          </Button>
        )}
        {summary && (
          <Typography.Text style={{ fontSize: 16 }}>
            党员 {summary.required} 人，已谈 {summary.talked} 人
            {summary.missing.length === 0 ? '，全部谈过' : `，未谈：${missingNames(summary.missing)}`}
          </Typography.Text>
        )}
      </Space>
      <Table<Talk>
        rowKey="id"
        size="middle"
        columns={readOnly ? columns.filter((c) => c.key !== 'actions') : columns}
        dataSource={talks}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(t) => (readOnly ? {} : { onDoubleClick: () => setEditing(t) })}
        locale={{ emptyText: '这一年还没有谈话记录' }}
      />
      {editing !== null && (
        <TalkFormModal talk={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
