/**
 * Values worked out once per key, for the calendar and 党费 rules a county office runs for every
 * branch on each day it is asked about (issue #12): the same few hundred months and few dozen
 * periods each time. A century or so of months is ever asked for; the bound only keeps odd input
 * from piling up.
 */
export class Memo<V> {
  private readonly known = new Map<string, V>();

  constructor(private readonly bound: number) {}

  get(key: string, work: () => V): V {
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const value = work();
    if (this.known.size >= this.bound) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}
