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
    throw new CliError(argError(err as Error & { code?: string }));
  }
}

/** node:util parseArgs explains in English; the common mistakes are said in Chinese. */
function argError(err: Error & { code?: string }): string {
  const name = /'(-[^']*)'/.exec(err.message)?.[1]?.split(/[ ,]/)[0];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name)
    return `未知参数 ${name}（在命令后加 --help 查看该命令的用法）`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) return `参数 ${name} 后面缺少取值`;
  return `参数有误：${err.message}`;
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
