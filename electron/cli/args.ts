import { parseArgs } from 'node:util';
import { CliError } from './errors.js';

export type Flags = Record<string, string | boolean | undefined>;

export interface ParsedCommand {
  positionals: string[];
  flags: Flags;
}

/** Parses `--name value` flags; unknown flags are refused with a Chinese message. */
export function parseCommand(argv: string[], strings: string[], booleans: string[] = []): ParsedCommand {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const s of strings) options[s] = { type: 'string' };
  for (const b of booleans) options[b] = { type: 'boolean' };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { positionals, flags: values };
  } catch (err) {
    throw new CliError(`参数有误：${(err as Error).message}`);
  }
}

export function requireFlag(flags: Flags, name: string, label: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new CliError(`缺少参数 --${name}（${label}）`);
  return v;
}

export function optionalFlag(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}
