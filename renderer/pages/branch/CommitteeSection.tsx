import { Alert, App, Button, Card, Collapse, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import {
  contract,
  POSITION_LABELS,
  type CommitteeMember,
  type Input,
  type OrgOverview,
} from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { DateItem } from '../../components/DateItem.js';
import { FormModal } from '../../components/FormModal.js';
import { useOrgStore } from '../../stores/org.js';
import { COMMITTEE_FIELDS, CommitteeFields } from './CommitteeFields.js';
import { useReadOnly } from '../../stores/lens.js';

type CommitteeValues = Input<'committee.save'>;
type EndValues = { endedOn: string | null };
type StartValues = { startedOn: string | null };
/** null: the dialog is closed; 'new': adding; otherwise the member being edited. */
type Editing = null | 'new' | CommitteeMember;

/** Most a 支部委员会 may have (《支部工作条例》: 3–5, not more than 7). */
const MAX_COMMITTEE = 7;
const endShape = contract['committee.remove'].input.shape;
const saveShape = contract['committee.save'].input.shape;

const position = {
  title: '党内职务',
  dataIndex: 'position',
  width: 130,
  render: (p: CommitteeMember['position']) => POSITION_LABELS[p],
};
const name = { title: '姓名', dataIndex: 'name', width: 140 };
// Not recorded counts only from the year the seat was entered: 不详 says why earlier years omit it.
const startedOn = { title: '任职时间', dataIndex: 'startedOn', width: 140, render: (d: string | null) => d ?? '不详' };

/** Ended terms, refreshed whenever the current committee changes. */
function useHistory(committee: readonly CommitteeMember[]): CommitteeMember[] {
  const [history, setHistory] = useState<CommitteeMember[]>([]);
  useEffect(() => {
    let current = true;
    call('committee.history', {}).then(
      (h) => current && setHistory(h),
      () => current && setHistory([]),
    );
    return () => {
      current = false;
    };
  }, [committee]);
  return history;
}

export function CommitteeSection({ overview }: { overview: OrgOverview }) {
  const { committee } = overview;
  const [editing, setEditing] = useState<Editing>(null);
  const [ending, setEnding] = useState<CommitteeMember | null>(null);
  const saveCommittee = useOrgStore((s) => s.saveCommittee);
  const removeCommittee = useOrgStore((s) => s.removeCommittee);
  const history = useHistory(committee);
  const { message } = App.useApp();

  const erase = async (m: CommitteeMember) => {
    try {
      await removeCommittee({ id: m.id, endedOn: null });
      void message.success(`已删除${m.name}的任职记录`);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const columns: TableColumnsType<CommitteeMember> = [
    position,
    name,
    { title: '分工', dataIndex: 'duty', render: (d: string) => d || '—' },
    startedOn,
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_: unknown, m) => (
        <Space>
          <Button onClick={() => setEditing(m)}>修改</Button>
          <Button onClick={() => setEnding(m)}>卸任</Button>
          <Popconfirm
            title={`删除${POSITION_LABELS[m.position]}${m.name}的任职记录？`}
            description="只用于录错的记录；换人请点“修改”，离任请点“卸任”，以往年度的台账才会保留原来的支委。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => erase(m)}
          >
            <Button danger type="text">
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const hasSecretary = committee.some((m) => m.position === 'secretary');
  const save = async (values: CommitteeValues) => {
    await saveCommittee(editing !== null && editing !== 'new' ? { ...values, id: editing.id } : values);
  };
  // An ended term takes only its 任职时间: the person, post and 分工 go back as they are.
  const saveStart = async (term: CommitteeMember, values: StartValues) => {
    const { id, position, memberId, name, duty } = term;
    await saveCommittee({ id, position, memberId, name, duty, startedOn: values.startedOn });
  };
  const endedEditing = editing !== null && editing !== 'new' && editing.endedOn !== null ? editing : null;

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
        title="正式党员不足 7 人的支部不设支委会，只设书记（可设副书记）；7 人以上的设支部委员会，一般 3 至 5 人，最多不超过 7 人。换人时点“修改”并填写变更日期，以往年度的台账仍按当时的支委打印。"
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
      {history.length > 0 && (
        <Collapse
          ghost
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'history',
              label: `历任支委（${history.length}）`,
              children: (
                <Table<CommitteeMember>
                  rowKey="id"
                  size="small"
                  columns={[
                    position,
                    name,
                    startedOn,
                    { title: '卸任时间', dataIndex: 'endedOn', width: 140, render: (d: string | null) => d ?? '—' },
                    ...(readOnly
                      ? []
                      : [
                          {
                            title: '操作',
                            key: 'actions',
                            width: 100,
                            render: (_: unknown, m: CommitteeMember) => (
                              <Button size="small" onClick={() => setEditing(m)}>
                                修改
                              </Button>
                            ),
                          },
                        ]),
                  ]}
                  dataSource={history}
                  pagination={false}
                />
              ),
            },
          ]}
        />
      )}
      {endedEditing !== null && (
        <FormModal<StartValues>
          title={`修改${POSITION_LABELS[endedEditing.position]}${endedEditing.name}的任职时间`}
          fields={['startedOn']}
          initialValues={{ startedOn: endedEditing.startedOn }}
          onSave={(v) => saveStart(endedEditing, v)}
          onClose={() => setEditing(null)}
        >
          <Typography.Paragraph>
            {POSITION_LABELS[endedEditing.position]}
            {endedEditing.name}已于 {endedEditing.endedOn} 卸任，只能修改任职时间。
          </Typography.Paragraph>
          <DateItem
            name="startedOn"
            label="任职时间"
            rule={saveShape.startedOn}
            extra={`担任这一职务的第一天，须早于卸任日期 ${endedEditing.endedOn}；以往年度的台账和支委会按这一天算起`}
          />
        </FormModal>
      )}
      {editing !== null && endedEditing === null && (
        <FormModal<CommitteeValues>
          title={editing === 'new' ? '添加支委' : '修改支委'}
          width={680}
          fields={COMMITTEE_FIELDS}
          initialValues={editing === 'new' ? { position: hasSecretary ? undefined : 'secretary' } : editing}
          onSave={save}
          onClose={() => setEditing(null)}
        >
          <CommitteeFields seat={editing === 'new' ? null : editing} />
        </FormModal>
      )}
      {ending !== null && (
        <FormModal<EndValues>
          title={`${POSITION_LABELS[ending.position]}${ending.name}卸任`}
          okText="卸任"
          fields={['endedOn']}
          initialValues={{}}
          onSave={(v) => removeCommittee({ id: ending.id, endedOn: v.endedOn })}
          onClose={() => setEnding(null)}
        >
          <DateItem
            name="endedOn"
            label="卸任日期"
            rule={endShape.endedOn}
            requiredMessage="请填写卸任日期"
            extra="任期到这一天结束；以往年度的台账仍列出该支委"
          />
        </FormModal>
      )}
    </Card>
  );
}
