import { Alert, AutoComplete, Card, Form, Input, InputNumber, Radio, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { GRADE_LABELS, GRADES, type EligibleMember } from '../../../electron/api/index.js';
import { useSettingsStore } from '../../stores/settings.js';
import type { GradeChoice, MeetingValues } from './meetingForm.js';

const GRADE_OPTIONS = [
  ...GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] })),
  { value: 'none', label: '不参评' },
];
const DISPOSITIONS = ['限期改正', '劝退', '除名'].map((d) => ({ value: d }));
const BALLOTS = [
  { name: 'ballotsIssued', label: '发出' },
  { name: 'ballotsReturned', label: '收回' },
  { name: 'votesExcellent', label: '优秀' },
  { name: 'votesQualified', label: '合格' },
  { name: 'votesBasic', label: '基本合格' },
  { name: 'votesUnqualified', label: '不合格' },
] as const;

interface Row {
  key: number;
  index: number;
  memberId: string;
}

/** 民主评议: a grade for each member (合格 unless changed), optionally the ballot counts. */
export function GradesSection({ members }: { members: ReadonlyMap<string, EligibleMember> }) {
  const form = Form.useFormInstance<MeetingValues>();
  const grades = Form.useWatch('grades', { form, preserve: true }) ?? [];
  const maxPercent = useSettingsStore((s) => s.settings?.excellentMaxPercent ?? 33);
  const [ballots, setBallots] = useState(() => grades.some((g) => g.ballotsIssued !== null));

  const graded = grades.filter((g) => g.grade !== 'none');
  const count = (g: GradeChoice) => grades.filter((x) => x.grade === g).length;
  const excellent = count('excellent');
  const tooMany = graded.length > 0 && excellent * 100 > graded.length * maxPercent;
  const name = (r: Row) => members.get(r.memberId)?.name ?? '';

  return (
    <Card
      title="民主评议结果"
      extra={
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          登记各人得票数
          <Switch checked={ballots} onChange={setBallots} />
        </label>
      }
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        参评 {graded.length} 人：{GRADES.map((g) => `${GRADE_LABELS[g]} ${count(g)} 人`).join('，')}
      </Typography.Paragraph>
      {tooMany && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`评为“优秀”的有 ${excellent} 人，超过参评人数的 ${maxPercent}%（一般不超过三分之一），请再核对`}
        />
      )}
      <Form.List name="grades">
        {(fields) => (
          <Table<Row>
            size="small"
            pagination={false}
            rowKey="key"
            scroll={{ x: ballots ? 1300 : undefined }}
            dataSource={fields.map((f) => ({ key: f.key, index: f.name, memberId: grades[f.name]?.memberId ?? '' }))}
            columns={[
              { title: '姓名', width: 100, render: (_: unknown, r) => name(r) },
              {
                title: '评定等次',
                width: 420,
                render: (_: unknown, r) => (
                  <Form.Item name={[r.index, 'grade']} style={{ margin: 0 }}>
                    <Radio.Group
                      aria-label={`${name(r)}的评定等次`}
                      options={GRADE_OPTIONS}
                      optionType="button"
                      buttonStyle="solid"
                      size="middle"
                    />
                  </Form.Item>
                ),
              },
              ...(ballots
                ? BALLOTS.map((b) => ({
                    title: `${b.label}票`,
                    width: 84,
                    render: (_: unknown, r: Row) => (
                      <Form.Item name={[r.index, b.name]} style={{ margin: 0 }}>
                        <InputNumber
                          min={0}
                          precision={0}
                          aria-label={`${name(r)}${b.label}票`}
                          style={{ width: 72 }}
                        />
                      </Form.Item>
                    ),
                  }))
                : []),
              {
                title: '处置意见',
                width: 140,
                render: (_: unknown, r) =>
                  ['basic', 'unqualified'].includes(grades[r.index]?.grade ?? '') ? (
                    <Form.Item name={[r.index, 'disposition']} style={{ margin: 0 }}>
                      <AutoComplete
                        options={DISPOSITIONS}
                        aria-label={`${name(r)}的处置意见`}
                        placeholder="如：限期改正"
                      />
                    </Form.Item>
                  ) : null,
              },
              {
                title: '备注',
                render: (_: unknown, r) => (
                  <Form.Item name={[r.index, 'note']} style={{ margin: 0 }}>
                    <Input maxLength={200} aria-label={`${name(r)}的备注`} />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
      </Form.List>
    </Card>
  );
}
