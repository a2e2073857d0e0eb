import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import {
  contract,
  POSITION_LABELS,
  POSITIONS,
  type CommitteeMember,
  type MemberSummary,
} from '../../../electron/api/index.js';
import { call } from '../../api.js';
import { contractRule } from '../../components/formRules.js';
import { DateItem } from '../../components/DateItem.js';

export const COMMITTEE_FIELDS = ['position', 'memberId', 'name', 'duty', 'startedOn', 'changedOn'] as const;

const shape = contract['committee.save'].input.shape;
const positionOptions = POSITIONS.map((p) => ({ value: p, label: POSITION_LABELS[p] }));

/** 正式党员 of the current roster: only they may hold a committee seat. */
function useFormalMembers(): MemberSummary[] | null {
  const [list, setList] = useState<MemberSummary[] | null>(null);
  useEffect(() => {
    let current = true;
    call('members.list', { scope: 'current' }).then(
      (l) => current && setList(l.filter((m) => m.kind === 'formal')),
      () => current && setList([]),
    );
    return () => {
      current = false;
    };
  }, []);
  return list;
}

/**
 * The seat's fields. Editing a seat so that another person or post holds it is a change of
 * committee: instead of 任职时间 the form asks the 变更日期, the day the old term ends and the
 * new one starts, so past years' ledgers keep who held the post then.
 */
export function CommitteeFields({ seat }: { seat: CommitteeMember | null }) {
  const form = Form.useFormInstance();
  const members = useFormalMembers();
  const memberId = Form.useWatch<string | undefined>('memberId', form);
  const position = Form.useWatch<string | undefined>('position', form);
  const change = seat !== null && memberId !== undefined && (memberId !== seat.memberId || position !== seat.position);
  const options = (members ?? []).map((m) => ({
    value: m.id,
    label: `${m.name}${m.groupName ? `（${m.groupName}）` : ''}`,
    search: `${m.name} ${m.searchKey}`,
  }));
  return (
    <>
      <Form.Item name="position" label="党内职务" required rules={[contractRule(shape.position)]}>
        <Radio.Group aria-label="党内职务" optionType="button" buttonStyle="solid" options={positionOptions} />
      </Form.Item>
      <Form.Item name="name" hidden>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="memberId"
            label="姓名"
            required
            rules={[{ required: true, message: '请从花名册中选择支委（须为正式党员）' }]}
            extra="支委须为本支部正式党员，输入姓名或拼音首字母查找"
          >
            <Select
              aria-label="支委姓名"
              showSearch={{ optionFilterProp: 'search' }}
              loading={members === null}
              options={options}
              placeholder="从花名册中选择"
              notFoundContent="花名册中没有该正式党员"
              onChange={(id: string) => form.setFieldsValue({ name: members?.find((m) => m.id === id)?.name ?? '' })}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          {change ? (
            <DateItem
              name="changedOn"
              label="变更日期"
              rule={shape.changedOn}
              requiredMessage="请填写变更日期"
              extra={`${seat.name}的任期到这一天结束，新任职从这一天算起`}
            />
          ) : (
            <DateItem
              name="startedOn"
              label="任职时间"
              rule={shape.startedOn}
              extra="不填时只从录入的那一年算起，更早年度的台账不列此人"
            />
          )}
        </Col>
      </Row>
      <Form.Item name="duty" label="分工" rules={[contractRule(shape.duty)]} extra="如：主持支部全面工作">
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
