import { Card, Descriptions } from 'antd';
import {
  GENDER_LABELS,
  LEAVE_KIND_LABELS,
  MEMBER_KIND_LABELS,
  maskIdNumber,
  maskPhone,
  type MemberDetail,
} from '../../../electron/api/index.js';
import { MaskedField } from '../../components/MaskedField.js';

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
const labelStyle = { width: 130 };

function politicalBirthday(mmdd: string): string {
  const [m, d] = mmdd.split('-');
  return `${Number(m)}月${Number(d)}日`;
}

/** Every recorded field of one member, grouped as on the entry form, with what is derived. */
export function MemberInfo({ m }: { m: MemberDetail }) {
  return (
    <Card title="党员信息" size="small">
      <Descriptions title="基本信息" bordered size="small" column={2} styles={{ label: labelStyle }}>
        <Descriptions.Item label="姓名">{m.name}</Descriptions.Item>
        <Descriptions.Item label="性别">{GENDER_LABELS[m.gender]}</Descriptions.Item>
        <Descriptions.Item label="公民身份号码">
          <MaskedField memberId={m.id} field="idNumber" masked={maskIdNumber(m.idNumber)} />
        </Descriptions.Item>
        <Descriptions.Item label="出生日期">
          {m.birthDate}（{m.age} 岁）
        </Descriptions.Item>
        <Descriptions.Item label="民族">{m.ethnicity}</Descriptions.Item>
        <Descriptions.Item label="籍贯">{dash(m.input.nativePlace)}</Descriptions.Item>
        <Descriptions.Item label="学历">{dash(m.education)}</Descriptions.Item>
        <Descriptions.Item label="学位">{dash(m.input.degree)}</Descriptions.Item>
        <Descriptions.Item label="人员类别">{dash(m.occupation)}</Descriptions.Item>
        <Descriptions.Item label="工作单位及职务">{dash(m.workUnit)}</Descriptions.Item>
      </Descriptions>
      <Descriptions
        title="党籍信息"
        bordered
        size="small"
        column={2}
        styles={{ label: labelStyle }}
        style={{ marginTop: 16 }}
      >
        <Descriptions.Item label="入党日期">{m.joinedOn}</Descriptions.Item>
        <Descriptions.Item label="政治生日">{politicalBirthday(m.politicalBirthday)}</Descriptions.Item>
        <Descriptions.Item label="党员类别">{MEMBER_KIND_LABELS[m.kind]}</Descriptions.Item>
        <Descriptions.Item label="转正日期">{dash(m.confirmedOn)}</Descriptions.Item>
        <Descriptions.Item label="党龄">
          {m.partyYears === null ? '预备党员不计党龄' : `${m.partyYears} 年`}
        </Descriptions.Item>
        {m.kind === 'probationary' && (
          <Descriptions.Item label="预备期满">
            {dash(m.probationEndsOn)}
            {m.probationExtendedMonths ? `（已延长 ${m.probationExtendedMonths} 个月）` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="党小组">{dash(m.groupName)}</Descriptions.Item>
        <Descriptions.Item label="党内职务">{dash(m.partyPost)}</Descriptions.Item>
        {m.leaveKind && <Descriptions.Item label="出党方式">{LEAVE_KIND_LABELS[m.leaveKind]}</Descriptions.Item>}
      </Descriptions>
      <Descriptions
        title="联系方式"
        bordered
        size="small"
        column={2}
        styles={{ label: labelStyle }}
        style={{ marginTop: 16 }}
      >
        <Descriptions.Item label="联系电话">
          <MaskedField memberId={m.id} field="phone" masked={maskPhone(m.phone)} />
        </Descriptions.Item>
        <Descriptions.Item label="现居住地">{dash(m.input.address)}</Descriptions.Item>
        <Descriptions.Item label="备注" span={2}>
          {dash(m.remarks)}
        </Descriptions.Item>
      </Descriptions>
      <FlagInfo m={m} />
    </Card>
  );
}

/** 流动 / 失联 / 困难, only those that apply now. */
function FlagInfo({ m }: { m: MemberDetail }) {
  if (!m.flags.mobile && !m.flags.lostContact && !m.flags.hardship) return null;
  return (
    <Descriptions
      title="当前标记"
      bordered
      size="small"
      column={2}
      styles={{ label: labelStyle }}
      style={{ marginTop: 16 }}
    >
      {m.flags.mobile && (
        <>
          <Descriptions.Item label="外出流动">
            {m.mobile.destination}（{dash(m.mobile.since)} 起）
          </Descriptions.Item>
          <Descriptions.Item label="外出原因/职业">{dash(m.mobile.reason)}</Descriptions.Item>
          <Descriptions.Item label="流入地党组织">{dash(m.mobile.org)}</Descriptions.Item>
          <Descriptions.Item label="活动证号">{dash(m.mobile.card)}</Descriptions.Item>
          <Descriptions.Item label="外出联系方式">{dash(m.mobile.contact)}</Descriptions.Item>
          <Descriptions.Item label="党费交纳方式">{dash(m.mobile.dues)}</Descriptions.Item>
        </>
      )}
      {m.flags.lostContact && (
        <Descriptions.Item label="失去联系" span={2}>
          {dash(m.flags.lostContact.since)} 起
        </Descriptions.Item>
      )}
      {m.flags.hardship && (
        <Descriptions.Item label="困难党员" span={2}>
          {dash(m.flags.hardship.since)} 认定{m.flags.hardship.note ? `：${m.flags.hardship.note}` : ''}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
