import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { ACTIVITY_KINDS, ACTIVITY_SHORT, type MeetingSummary } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { useReadOnly } from '../../stores/lens.js';
import { useOrgLifeStore } from '../../stores/orgLife.js';

const kindFilters = ACTIVITY_KINDS.map((k) => ({ text: ACTIVITY_SHORT[k], value: k }));

/** The year's records, newest first; a kind filter counts what it also counts as. */
export function MeetingList({ meetings, loading }: { meetings: MeetingSummary[]; loading: boolean }) {
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const removeMeeting = useOrgLifeStore((s) => s.removeMeeting);
  const { message } = App.useApp();

  const remove = async (m: MeetingSummary) => {
    try {
      await removeMeeting(m.id);
      void message.success(`已删除“${m.title}”`);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const columns: TableColumnsType<MeetingSummary> = [
    {
      title: '日期',
      dataIndex: 'heldOn',
      width: 120,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.heldOn.localeCompare(b.heldOn),
    },
    {
      title: '类型',
      key: 'kind',
      width: 230,
      filters: kindFilters,
      onFilter: (k, m) => m.kind === k || m.alsoCountsAs.includes(k as MeetingSummary['kind']),
      render: (_: unknown, m) => (
        <Space size={4} wrap>
          <span>
            {ACTIVITY_SHORT[m.kind]}
            {m.groupName ? `（${m.groupName}）` : ''}
          </span>
          {m.alsoCountsAs.map((k) => (
            <Tag key={k}>同时计为{ACTIVITY_SHORT[k]}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '会议主题',
      dataIndex: 'title',
      render: (t: string, m) => (
        <Space size={6}>
          <Link to={`/meetings/${m.id}`}>{t}</Link>
          {m.late && (
            <Tag color="orange" title={`${m.recordedOn} 补录`}>
              补录
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: '应到/实到',
      key: 'counts',
      width: 110,
      render: (_: unknown, m) => `${m.counts.expected} / ${m.counts.present}`,
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, m) => (
        <Space>
          <Button onClick={() => void navigate(`/meetings/${m.id}/edit`)}>修改</Button>
          <Popconfirm
            title={`删除“${m.title}”？`}
            description="删除后不再列出、不再计入组织生活，系统会保留删除痕迹备查。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(m)}
          >
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<MeetingSummary>
      rowKey="id"
      size="middle"
      columns={readOnly ? columns.filter((c) => c.key !== 'actions') : columns}
      dataSource={meetings}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(m) => ({ onDoubleClick: () => void navigate(`/meetings/${m.id}`) })}
      locale={{ emptyText: '这一年还没有记录，请点“新增记录”' }}
    />
  );
}
