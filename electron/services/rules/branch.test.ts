import { describe, expect, it } from 'vitest';
import { countsAsHeld, hasCommittee } from './branch.js';

describe('branch structure', () => {
  it('has a 支部委员会 from 7 正式党员, a 书记 only below', () => {
    expect(hasCommittee(6)).toBe(false);
    expect(hasCommittee(7)).toBe(true);
  });

  it('counts a 党员大会 or 支委会 as held only with its quorum', () => {
    expect(countsAsHeld('congress', false)).toBe(false);
    expect(countsAsHeld('committee', false)).toBe(false);
    expect(countsAsHeld('congress', true)).toBe(true);
    expect(countsAsHeld('theme_day', false)).toBe(true);
    expect(countsAsHeld('lecture', null)).toBe(true);
  });
});
