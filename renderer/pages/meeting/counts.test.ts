import { describe, expect, it } from 'vitest';
import { liveCounts } from './counts.js';

const line = (status: 'present' | 'leave' | 'absent', voting = true) => ({ status, voting });

describe('liveCounts', () => {
  it('judges a 党员大会 by the members with a vote only', () => {
    const c = liveCounts('congress', [line('present'), line('present', false), line('leave'), line('present')]);
    expect(c).toMatchObject({
      expected: 4,
      present: 3,
      leave: 1,
      votingExpected: 3,
      votingPresent: 2,
      quorumMet: true,
    });
  });

  it('needs more than half: exactly half is not enough', () => {
    expect(liveCounts('committee', [line('present'), line('absent')]).quorumMet).toBe(false);
  });

  it('has no quorum rule for other activities', () => {
    expect(liveCounts('lecture', [line('absent')]).quorumMet).toBeNull();
  });
});
