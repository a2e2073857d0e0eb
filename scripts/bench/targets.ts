/**
 * Stated speed and memory targets, keyed `scenario/metric`, shown next to the measured value
 * and never asserted. ../shared/ARCHITECTURE.md, DOMAIN.md and LEDGERS.md state none yet —
 * only the scale to plan for: a branch usually has ≤50 members (DOMAIN.md), an office
 * gathers "几百个支部" (README.md). Add a target here when one is agreed.
 */
export const TARGETS: Readonly<Record<string, string>> = {};

export const SCALE_NOTES = [
  'DOMAIN.md: a branch usually has ≤50 members',
  'README.md: a 乡镇/县党委 gathers several hundred branches (几百个支部)',
];
