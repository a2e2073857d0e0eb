import { DUES_CATEGORIES, DUES_CATEGORY_LABELS, type DuesCategory } from '../api/duesOptions.js';
import { formatYuan, parseYuan } from '../api/money.js';
import { DuesRuleError, monthlyDues, ruleOf } from '../services/rules/dues.js';
import { optionalFlag, parseCommand, requireFlag } from './args.js';
import { CliError } from './errors.js';

const USAGE = '用法：zhibu dues calc --category 类别 [--base 元] [--fixed 元] [--explain]';

/** Other ways people write the same category. */
const ALIASES: Record<string, DuesCategory> = {
  个体经营: 'self_employed',
  无固定月收入: 'self_employed',
  个体: 'self_employed',
  退休: 'retired',
  离休: 'retired',
  下岗: 'unemployed',
  失业: 'unemployed',
  低保: 'relief',
  抚恤救济: 'relief',
  靠抚恤救济: 'relief',
};

function category(text: string): DuesCategory {
  const found = DUES_CATEGORIES.find((c) => DUES_CATEGORY_LABELS[c] === text || c === text) ?? ALIASES[text];
  if (!found)
    throw new CliError(
      `党员类别无效：${text}（可选：${DUES_CATEGORIES.map((c) => DUES_CATEGORY_LABELS[c]).join('、')}）`,
    );
  return found;
}

function amount(text: string | undefined, label: string): number | null {
  if (text === undefined) return null;
  const fen = parseYuan(text);
  if (fen === null) throw new CliError(`${label}应为金额（元，最多两位小数）：${text}`);
  return fen;
}

/** A negative amount after a flag would read as another flag; keep it as the value. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    const next = argv[i + 1];
    if ((a === '--base' || a === '--fixed') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i += 1;
    } else out.push(a);
  }
  return out;
}

/** `zhibu dues calc`: the monthly amount due, in 元 with two decimals. */
export async function duesCommand(argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub !== 'calc') throw new CliError(USAGE);
  const { flags } = parseCommand(joinNegativeValues(rest), ['category', 'base', 'fixed'], ['explain']);
  const cat = category(requireFlag(flags, 'category', '党员类别'));
  const base = amount(optionalFlag(flags, 'base'), '--base 交纳基数');
  const fixed = amount(optionalFlag(flags, 'fixed'), '--fixed 固定金额');
  if (base !== null && base < 0) throw new CliError('交纳基数不能为负数');
  if (fixed !== null && ruleOf(cat).kind === 'rate')
    throw new CliError(`${DUES_CATEGORY_LABELS[cat]}党员按交纳基数计算，请用 --base，不能用 --fixed`);
  try {
    const r = monthlyDues(cat, base, fixed);
    console.log(formatYuan(r.monthly, false));
    if (flags.explain) console.log(r.explanation);
  } catch (err) {
    if (err instanceof DuesRuleError) throw new CliError(err.message);
    throw err;
  }
  return Promise.resolve();
}
