import { Button, Input, Segmented, Select, Space } from 'antd';
import { MEMBER_KIND_LABELS, MEMBER_KINDS } from '../../../electron/api/index.js';
import {
  EMPTY_FILTERS,
  NO_GROUP,
  useMembersStore,
  type AgeBand,
  type FlagFilter,
  type RosterScope,
} from '../../stores/members.js';
import { useOrgStore } from '../../stores/org.js';
import { AGE_BAND_LABELS, FLAG_LABELS, isFiltered } from './rosterFilter.js';

const SCOPE_OPTIONS: { value: RosterScope; label: string }[] = [
  { value: 'current', label: '在册' },
  { value: 'former', label: '已离开' },
  { value: 'all', label: '全部' },
];
const KIND_OPTIONS = [
  { value: '', label: '全部类别' },
  ...MEMBER_KINDS.map((k) => ({ value: k, label: MEMBER_KIND_LABELS[k] })),
];
const AGE_OPTIONS = [
  { value: '', label: '全部年龄' },
  ...(Object.keys(AGE_BAND_LABELS) as AgeBand[]).map((b) => ({ value: b, label: AGE_BAND_LABELS[b] })),
];
const FLAG_OPTIONS = [
  { value: '', label: '全部党员' },
  ...(Object.keys(FLAG_LABELS) as FlagFilter[]).map((f) => ({ value: f, label: `只看${FLAG_LABELS[f]}` })),
];

/** 范围: who is on the list at all; the main process is asked again when it changes. */
export function ScopeSwitch() {
  const scope = useMembersStore((s) => s.scope);
  const load = useMembersStore((s) => s.load);
  return (
    <Space>
      <span id="roster-scope">范围</span>
      <Segmented<RosterScope>
        aria-labelledby="roster-scope"
        size="large"
        options={SCOPE_OPTIONS}
        value={scope}
        onChange={(s) => void load(s)}
      />
    </Space>
  );
}

/** Search box and filters; every change applies at once, in the page. */
export function RosterFilterBar() {
  const filters = useMembersStore((s) => s.filters);
  const setFilters = useMembersStore((s) => s.setFilters);
  const groups = useOrgStore((s) => s.overview?.groups ?? []);
  const groupOptions = [
    { value: '', label: '全部党小组' },
    ...groups.map((g) => ({ value: g.id, label: g.name })),
    { value: NO_GROUP, label: '未分党小组' },
  ];

  return (
    <Space wrap size={[12, 12]}>
      <Input
        aria-label="查找党员"
        prefix="查找"
        placeholder="姓名、拼音首字母如 zs、身份证号"
        allowClear
        value={filters.text}
        onChange={(e) => setFilters({ text: e.target.value })}
        style={{ width: 340 }}
      />
      <Select
        aria-label="党小组"
        value={filters.groupId}
        options={groupOptions}
        onChange={(groupId) => setFilters({ groupId })}
        style={{ width: 150 }}
      />
      <Select
        aria-label="党员类别"
        value={filters.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => setFilters({ kind })}
        style={{ width: 130 }}
      />
      <Select
        aria-label="年龄段"
        value={filters.ageBand}
        options={AGE_OPTIONS}
        onChange={(ageBand) => setFilters({ ageBand })}
        style={{ width: 150 }}
      />
      <Select
        aria-label="标记"
        value={filters.flag}
        options={FLAG_OPTIONS}
        onChange={(flag) => setFilters({ flag })}
        style={{ width: 170 }}
      />
      {isFiltered(filters) && <Button onClick={() => setFilters(EMPTY_FILTERS)}>清除条件</Button>}
    </Space>
  );
}
