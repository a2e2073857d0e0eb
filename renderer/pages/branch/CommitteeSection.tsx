import { Alert, App, Button, Card, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { POSITION_LABELS, type CommitteeMember, type Input, type OrgOverview } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { FormModal } from '../../components/FormModal.js';
import { useOrgStore } from '../../stores/org.js';
import { COMMITTEE_FIELDS, CommitteeFields } from './CommitteeFields.js';
import { useReadOnly } from '../../stores/lens.js';

type CommitteeValues = Input<'committee.save'>;
/** null: the dialog is closed; 'new': adding; otherwise the member being edited. */
type Editing = null | 'new' | CommitteeMember;

/** Most a 支部委员会 may have (《支部工作条例》: 3–5, not more than 7). */
const MAX_COMMITTEE = 7;

export function CommitteeSection({ overview }: { overview: OrgOverview }) {
  const { committee } = overview;
  const [editing, setEditing] = useState<Editing>(null);
  const saveCommittee = useOrgStore((s) => s.saveCommittee);
  const removeCommittee = useOrgStore((s) => s.removeCommittee);
  const { message } = App.useApp();

  const remove = async (m: CommitteeMember) => {
    try {
      await removeCommittee(m.id);
      void message.success(`已移除${m.name}`);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const columns: TableColumnsType<CommitteeMember> = [
    {
      title: '党内职务',
      dataIndex: 'position',
      width: 130,
      render: (p: CommitteeMember['position']) => POSITION_LABELS[p],
    },
    { title: '姓名', dataIndex: 'name', width: 140 },
    { title: '分工', dataIndex: 'duty', render: (d: string) => d || '—' },
    { title: '任职时间', dataIndex: 'startedOn', width: 140, render: (d: string | null) => d ?? '—' },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, m) => (
        <Space>
          <Button onClick={() => setEditing(m)}>修改</Button>
          <Popconfirm
            title={`移除${POSITION_LABELS[m.position]}${m.name}？`}
            description="移除后不再列在支委会中，以往记录仍会保留。"
            okText="移除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(m)}
          >
            <Button danger>移除</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const hasSecretary = committee.some((m) => m.position === 'secretary');
  const save = async (values: CommitteeValues) => {
    await saveCommittee(editing !== null && editing !== 'new' ? { ...values, id: editing.id } : values);
  };

  const readOnly = useReadOnly();
  return (
    <Card
      title="支委会"
      extra={
        readOnly ? null : (
          <Button type="primary" onClick={() => setEditing('new')}>
            添加支委
          </Button>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="正式党员不足 7 人的支部不设支委会，只设书记（可设副书记）；7 人以上的设支部委员会，一般 3 至 5 人，最多不超过 7 人。"
      />
      {committee.length > MAX_COMMITTEE && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="支委会成员最多不超过 7 人，请核对。" />
      )}
      <Table<CommitteeMember>
        rowKey="id"
        columns={readOnly ? columns.filter((c) => c.key !== 'actions') : columns}
        dataSource={committee}
        pagination={false}
        locale={{ emptyText: '还没有登记支委，请点右上角“添加支委”' }}
      />
      {editing !== null && (
        <FormModal<CommitteeValues>
          title={editing === 'new' ? '添加支委' : '修改支委'}
          width={680}
          fields={COMMITTEE_FIELDS}
          initialValues={editing === 'new' ? { position: hasSecretary ? undefined : 'secretary' } : editing}
          onSave={save}
          onClose={() => setEditing(null)}
        >
          <CommitteeFields />
        </FormModal>
      )}
    </Card>
  );
}
