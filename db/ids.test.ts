import { describe, expect, it } from 'vitest';
import { seededRandom, uuidv7Generator } from './ids.js';

describe('uuidv7Generator', () => {
  it('makes RFC 9562 version-7 ids that sort by creation', () => {
    const next = uuidv7Generator(() => Date.parse('2026-11-23T08:00:00Z'), seededRandom(1));
    const ids = Array.from({ length: 50 }, next);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });

  it('is reproducible with a seeded random source', () => {
    const a = uuidv7Generator(() => 1_700_000_000_000, seededRandom(7));
    const b = uuidv7Generator(() => 1_700_000_000_000, seededRandom(7));
    expect([a(), a()]).toEqual([b(), b()]);
  });
});
