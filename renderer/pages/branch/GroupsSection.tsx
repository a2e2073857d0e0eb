import { App, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { contract, type Input as OpInput, type OrgOverview, type PartyGroup } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { DateItem } from '../../components/DateItem.js';
import { useOrgStore } from '../../stores/org.js';
import { useReadOnly } from '../../stores/lens.js';

type GroupValues = OpInput<'groups.save'>;
type Editing = null | 'new' | PartyGroup;

const GROUP_FIELDS = ['name', 'establishedOn', 'leaderName', 'leaderSince'] as const;
const shape = contract['groups.save'].input.shape;

export function GroupsSection({ overview }: { overview: OrgOverview }) {
  const { groups } = overview;
  const [editing, setEditing] = useState<Editing>(null);
  const saveGroup = useOrgStore((s) => s.saveGroup);
  const removeGroup = useOrgStore((s) => s.removeGroup);
  const { message } = App.useApp();

  const remove = async (g: PartyGroup) => {
    try {
      await removeGroup(g.id);
      void message.success(`已撤销${g.name}`);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const columns: TableColumnsType<PartyGroup> = [
    { title: '党小组名称', dataIndex: 'name' },
    { title: '党小组长', dataIndex: 'leaderName', width: 160, render: (n: string) => n || '—' },
    { title: '任职时间', dataIndex: 'leaderSince', width: 140, render: (d: string | null) => d ?? '—' },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, g) => (
        <Space>
          <Button onClick={() => setEditing(g)}>修改</Button>
          <Popconfirm
            title={`撤销“${g.name}”？`}
            description="撤销后不再列出，以往记录仍会保留。"
            okText="撤销"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(g)}
          >
            <Button danger>撤销</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const save = async (values: GroupValues) => {
    await saveGroup(editing !== null && editing !== 'new' ? { ...values, id: editing.id } : values);
  };

  const readOnly = useReadOnly();
  return (
    <Card
      title="党小组"
      extra={
        readOnly ? null : (
          <Button type="primary" onClick={() => setEditing('new')}>
            添加党小组
          </Button>
        )
      }
    >
      <Table<PartyGroup>
        rowKey="id"
        columns={readOnly ? columns.filter((c) => c.key !== 'actions') : columns}
        dataSource={groups}
        pagination={false}
        locale={{ emptyText: '还没有党小组；党员较多的支部可按居住地或生产单位划分党小组' }}
      />
      {editing !== null && (
        <FormModal<GroupValues>
          title={editing === 'new' ? '添加党小组' : '修改党小组'}
          // As wide as the 支委 dialog: a half row then holds a date's whole hint at 125 % zoom.
          width={680}
          fields={GROUP_FIELDS}
          initialValues={editing === 'new' ? {} : editing}
          onSave={save}
          onClose={() => setEditing(null)}
        >
          <Form.Item name="name" label="党小组名称" required rules={[contractRule(shape.name)]} extra="如：第一党小组">
            <Input maxLength={30} autoFocus />
          </Form.Item>
          <DateItem name="establishedOn" label="成立时间" rule={shape.establishedOn} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="leaderName" label="党小组长" rules={[contractRule(shape.leaderName)]}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <DateItem
                name="leaderSince"
                label="任职时间"
                rule={shape.leaderSince}
                extra="更换组长时，请同时改为新组长的任职时间"
              />
            </Col>
          </Row>
        </FormModal>
      )}
    </Card>
  );
}
