import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Metric, ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { TARGETS } from './targets.js';

export interface BenchReport {
  /** Wall-clock time of the run (the data itself uses the fixed clock of setup.ts). */
  ranAt: string;
  node: string;
  platform: string;
  options: Omit<BenchOptions, 'out'>;
  totalSeconds: number;
  /** The process's high-water resident set size over the whole run (OS figure). */
  maxRssBytes: number;
  scaleNotes: string[];
  scenarios: ScenarioResult[];
}

export function withTargets(s: ScenarioResult): ScenarioResult {
  return {
    ...s,
    metrics: s.metrics.map((m) => {
      const target = TARGETS[`${s.scenario}/${m.name}`];
      return target ? { ...m, target } : m;
    }),
  };
}

const group = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatValue(m: Pick<Metric, 'value' | 'unit'>): string {
  switch (m.unit) {
    case 'ms':
      return `${group(m.value, m.value < 10 ? 2 : 1)} ms`;
    case 's':
      return `${group(m.value, 1)} s`;
    case 'bytes':
      if (m.value >= 1024 * 1024) return `${group(m.value / 1024 / 1024, 1)} MB`;
      if (m.value >= 1024) return `${group(m.value / 1024, 1)} KB`;
      return `${group(m.value, 0)} B`;
    case 'rows':
      return `${group(m.value, 0)} ${m.value === 1 ? 'row' : 'rows'}`;
    case 'count':
      return group(m.value, 0);
    case 'percent':
      return `${group(m.value, 0)} %`;
  }
}

/** Plain-text table: scenario, metric, value, target (or —), note. ASCII labels keep columns aligned. */
export function formatTable(report: BenchReport): string {
  const header = ['scenario', 'metric', 'value', 'target', 'note'];
  const rows = [header];
  for (const s of report.scenarios) {
    const params = Object.entries(s.params)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    for (const [i, m] of s.metrics.entries())
      rows.push([i === 0 ? `${s.scenario} (${params})` : '', m.name, formatValue(m), m.target ?? '—', m.note ?? '']);
  }
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 2 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  out.push(
    '',
    `total ${group(report.totalSeconds, 1)} s, process max RSS ${formatValue({ value: report.maxRssBytes, unit: 'bytes' })}, ${report.node} ${report.platform}`,
    `targets: ${Object.keys(TARGETS).length ? 'see scripts/bench/targets.ts' : 'none stated in ../shared/*.md yet (scripts/bench/targets.ts)'}`,
    ...report.scaleNotes.map((n) => `scale: ${n}`),
  );
  return out.join('\n');
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
