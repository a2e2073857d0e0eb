import type { DevStep, StepRecord } from '../../../electron/api/index.js';
import { STEP_FORMS, type StepField } from './stepForms.js';

type Details = StepRecord['details'];

/** One input's recorded value in words, or null when it was left empty. */
function valueText(field: StepField, label: string, d: Details, names: string[]): string | null {
  switch (field) {
    case 'memberIds':
      return names.length ? `${label}：${names.join('、')}` : null;
    case 'endDate':
      return d.endDate ? `${label}：${d.endDate}` : null;
    case 'hours':
      return d.hours !== null && d.hours !== undefined ? `${d.hours} 学时` : null;
    case 'publicity':
      return d.publicityFrom ? `公示：${d.publicityFrom} 至 ${d.publicityTo ?? ''}` : null;
    case 'votes':
      return d.yes !== null && d.yes !== undefined
        ? `赞成 ${d.yes} 票、反对 ${d.no ?? 0} 票、弃权 ${d.abstain ?? 0} 票`
        : null;
    // The linked meeting is shown as a link by the page, not as words.
    case 'meetingId':
      return null;
    default:
      return d[field] ? `${label}：${d[field]}` : null;
  }
}

/** What a recorded step carries, as short lines under its date. */
export function stepDetailLines(step: DevStep, r: StepRecord): string[] {
  const d = r.details;
  const lines = STEP_FORMS[step].fields.flatMap(({ field, label }) => valueText(field, label, d, r.memberNames) ?? []);
  if (d.note) lines.push(`说明：${d.note}`);
  return lines;
}
