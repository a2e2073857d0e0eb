import { foundation } from './0001-foundation.js';
import { members } from './0002-members.js';
import { meetings } from './0003-meetings.js';
import { dues } from './0004-dues.js';
import { development } from './0005-development.js';
import { sync } from './0006-sync.js';
import { county } from './0007-county.js';
import { leanSync } from './0008-lean-sync.js';
import { access } from './0009-access.js';
import { leanOffice } from './0010-lean-office.js';
import { groupLeader } from './0011-group-leader.js';
import { compactAudience } from './0012-compact-audience.js';
import { committeeTerms } from './0013-committee-terms.js';
import { officeIndexes } from './0014-office-indexes.js';
import { audienceByBranch } from './0015-audience-by-branch.js';
import type { Migration } from './types.js';

/** Every migration, in order. Listed statically so bundling cannot lose one. */
export const migrations: readonly Migration[] = [
  foundation,
  members,
  meetings,
  dues,
  development,
  sync,
  county,
  leanSync,
  access,
  leanOffice,
  groupLeader,
  compactAudience,
  committeeTerms,
  officeIndexes,
  audienceByBranch,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
