import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween } from './dates.js';
import { termInfo, termYears } from './term.js';

describe('committee term (DOMAIN.md: 村/社区 5 years, others 3)', () => {
  it.each([
    ['village', 5],
    ['community', 5],
    ['organ', 3],
    ['enterprise', 3],
    ['school', 3],
    ['other', 3],
  ] as const)('%s serves %i years', (type, years) => {
    expect(termYears(type)).toBe(years);
  });

  it('is due on the same day N years after the election', () => {
    expect(termInfo('village', '2021-04-15', '2026-04-14')).toMatchObject({
      dueOn: '2026-04-15',
      daysLeft: 1,
      status: 'due-soon',
    });
    expect(termInfo('village', '2021-04-15', '2026-04-15')).toMatchObject({ daysLeft: 0, status: 'due-soon' });
    expect(termInfo('village', '2021-04-15', '2026-04-16')).toMatchObject({ daysLeft: -1, status: 'overdue' });
    expect(termInfo('school', '2024-02-29', '2025-01-01')).toMatchObject({ dueOn: '2027-02-28', status: 'ok' });
  });

  it('warns from 180 days before the due date', () => {
    expect(termInfo('organ', '2024-01-10', addDays('2027-01-10', -181)).status).toBe('ok');
    expect(termInfo('organ', '2024-01-10', addDays('2027-01-10', -180)).status).toBe('due-soon');
  });

  it('is unknown without an election date', () => {
    expect(termInfo('village', null, '2026-01-01')).toEqual({
      years: 5,
      startedOn: null,
      dueOn: null,
      daysLeft: null,
      status: 'unknown',
    });
  });
});

describe('date arithmetic', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('counts days across years', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });
});
