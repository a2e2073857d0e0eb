import { describe, expect, it } from 'vitest';
import { countyBranchNames } from './county.js';

describe('demo county names', () => {
  it('gives every branch of a county its own name and code, for any seed', () => {
    for (const seed of [0, 1, 7, 123_456]) {
      const list = countyBranchNames(500, seed);
      expect(new Set(list.map((b) => b.name)).size).toBe(500);
      expect(new Set(list.map((b) => b.code)).size).toBe(500);
    }
    expect(countyBranchNames(5, 1)).not.toEqual(countyBranchNames(5, 2));
  });
});
