import { Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { MeetingSummary } from '../../../electron/api/index.js';
import { call } from '../../api.js';

/**
 * Fetches once per key; a failure leaves the list empty (the picker then says there is nobody
 * to choose, and the main process still checks the choice). `load` is a module-level function.
 */
function useList<K extends string | number, T>(key: K, load: (key: K) => Promise<T[]>): T[] {
  const [loaded, setLoaded] = useState<{ key: K; list: T[] } | null>(null);
  useEffect(() => {
    let current = true;
    load(key).then(
      (list) => current && setLoaded({ key, list }),
      () => current && setLoaded({ key, list: [] }),
    );
    return () => {
      current = false;
    };
  }, [key, load]);
  return loaded?.key === key ? loaded.list : [];
}

const loadRoster = (scope: 'current') => call('members.list', { scope });
const loadMeetings = (year: number) => call('meetings.list', { year });
const loadGroups = async (_key: 'groups') => (await call('org.overview', {})).groups;

interface PickerProps<V> {
  id?: string;
  value?: V;
  onChange?: (value: V) => void;
}

/** 培养联系人 / 入党介绍人: 正式党员 in the roster now, searchable by name or pinyin initials. */
export function FormalMemberPicker({ id, value, onChange, max }: PickerProps<string[]> & { max: number }) {
  const roster = useList('current', loadRoster);
  const options = roster
    .filter((m) => m.kind === 'formal' && m.status === 'active')
    .map((m) => ({
      value: m.id,
      label: m.groupName ? `${m.name}（${m.groupName}）` : m.name,
      search: `${m.name} ${m.searchKey}`,
    }));
  return (
    <Select
      id={id}
      mode="multiple"
      maxCount={max}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ optionFilterProp: 'search' }}
      placeholder={`从花名册的正式党员中选择，最多 ${max} 人；可输入姓名或拼音首字母`}
      notFoundContent="花名册中没有这样的正式党员"
    />
  );
}

const isCongress = (m: MeetingSummary) => m.kind === 'congress' || m.alsoCountsAs.includes('congress');

/**
 * Links the 支部党员大会 record of the vote (optional). Lists the meetings of the year of the
 * vote's date; choosing one takes its date, so the two never disagree.
 */
export function CongressPicker({ id, value, onChange }: PickerProps<string | null>) {
  const form = Form.useFormInstance();
  const date = Form.useWatch<string | null | undefined>('date', form);
  const year = date ? Number(date.slice(0, 4)) : dayjs().year();
  const meetings = useList(year, loadMeetings);
  const options = meetings.filter(isCongress).map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title}` }));

  const picked = (meetingId: string | undefined) => {
    onChange?.(meetingId ?? null);
    const meeting = meetings.find((m) => m.id === meetingId);
    if (meeting) {
      form.setFieldValue('date', meeting.heldOn);
      void form.validateFields(['date']);
    }
  };

  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={picked}
      options={options}
      placeholder={options.length ? '可选：选择这次支部党员大会的会议记录' : `${year} 年还没有支部党员大会的会议记录`}
    />
  );
}

/** 编入党小组: one of the branch's current groups. */
export function GroupPicker({ id, value, onChange }: PickerProps<string | null>) {
  const groups = useList('groups', loadGroups);
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={groups.map((g) => ({ value: g.id, label: g.leaderName ? `${g.name}（组长 ${g.leaderName}）` : g.name }))}
      placeholder={groups.length ? '选择编入的党小组' : '本支部还没有党小组'}
    />
  );
}
