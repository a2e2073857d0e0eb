import { describe, expect, it } from 'vitest';
import { Hlc, hlcDay, parseHlc } from './hlc.js';

describe('Hlc', () => {
  it('stamps strictly increasing strings even when the wall clock stands still or goes back', () => {
    let wall = Date.parse('2026-11-23T08:00:00Z');
    const hlc = new Hlc('00000000000000aa', () => wall);
    const a = hlc.now();
    const b = hlc.now();
    wall -= 60_000;
    const c = hlc.now();
    expect(a < b && b < c).toBe(true);
    expect(a).toBe('2026-11-23T08:00:00.000Z_0000_00000000000000aa');
    expect(parseHlc(c).counter).toBe(2);
  });

  it('moves past a timestamp observed from another installation', () => {
    const hlc = new Hlc('00000000000000aa', () => Date.parse('2026-01-01T00:00:00Z'));
    const remote = '2026-06-01T00:00:00.000Z_0003_00000000000000bb';
    hlc.observe(remote);
    expect(hlc.now() > remote).toBe(true);
  });

  it('keeps stamping in order past the counter limit while a future stamp holds the clock', () => {
    const hlc = new Hlc('00000000000000aa', () => Date.parse('2026-01-01T00:00:00Z'));
    hlc.observe('2999-01-01T00:00:00.000Z_fffe_00000000000000bb');
    const a = hlc.now();
    const b = hlc.now();
    const c = hlc.now();
    expect(parseHlc(a).counter).toBe(0xffff);
    expect(b).toBe('2999-01-01T00:00:00.001Z_0000_00000000000000aa');
    expect(a < b && b < c).toBe(true);
  });

  it('rewinds to a mark, as when an import that observed a stamp is rolled back', () => {
    const hlc = new Hlc('00000000000000aa', () => Date.parse('2026-01-01T00:00:00Z'));
    const before = hlc.now();
    const mark = hlc.mark();
    hlc.observe('2999-01-01T00:00:00.000Z_0000_00000000000000bb');
    hlc.rewind(mark);
    expect(hlc.now() < '2026-01-01T00:00:01').toBe(true);
    expect(hlc.now() > before).toBe(true);
  });

  it('gives the local day a stamp was written', () => {
    // Midday UTC is the same day in every zone from UTC−11 to UTC+11, China's included.
    expect(hlcDay('2026-11-23T12:00:00.000Z_0003_00000000000000bb')).toBe('2026-11-23');
  });

  it('refuses malformed stamps and node ids', () => {
    expect(() => parseHlc('2026-06-01_x')).toThrow();
    expect(() => new Hlc('xyz', () => 0)).toThrow();
  });
});
