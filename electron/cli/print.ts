import { LEDGER_CATALOGUE, LEDGERS, type LedgerId } from '../api/ledgers.js';
import { OFFICE_REPORT_TITLES, OFFICE_REPORTS, type OfficeReportId } from '../api/office.js';
import { writeOutputFile } from '../services/outputFile.js';
import { createChromiumPrinter, findBrowser, NO_BROWSER_MESSAGE } from '../print/chromium.js';
import { optionalFlag, parseCommand, requireFlag, type Flags } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';

/** Each id with its title, so the user can tell which word prints which ledger. */
const CHOICES = [
  'yearbook（年度党支部工作手册）',
  ...LEDGER_CATALOGUE.map((l) => `${l.id}（${l.title}）`),
  ...OFFICE_REPORTS.map((r) => `${r}（上级党委：${OFFICE_REPORT_TITLES[r]}）`),
].join('|');

function ledgerId(value: string | undefined): LedgerId | OfficeReportId {
  const found = [...LEDGERS, ...OFFICE_REPORTS].find((l) => l === value);
  if (!found) throw new CliError(`请指定要打印的台账${value ? `（没有 ${value}）` : ''}：${CHOICES}`);
  return found;
}

function isOfficeReport(id: string): id is OfficeReportId {
  return (OFFICE_REPORTS as readonly string[]).includes(id);
}

/** `print yearbook`: the year's 党支部工作手册 (cover, 目录 and every ledger) as one PDF. */
async function printYearbook(flags: Flags): Promise<void> {
  if (optionalFlag(flags, 'person') !== undefined)
    throw new CliError('--person 只用于打印发展党员全程纪实表（development-record）');
  const out = requireFlag(flags, 'out', 'PDF 输出文件');
  const year = requireFlag(flags, 'year', '年度（如 --year 2026）');
  const browser = findBrowser(process.env);
  if (!browser) throw new CliError(NO_BROWSER_MESSAGE);
  const printer = createChromiumPrinter(browser);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'), { printPdf: printer });
  try {
    const pdf = await run(inst.ctx, 'ledger.yearbook', { year: Number(year) });
    writeOutputFile(out, Buffer.from(pdf.base64, 'base64'), { replace: true });
    console.log(`已生成 ${out}`);
  } finally {
    await inst.close();
    await printer.close();
  }
}

export async function printCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parseCommand(argv, ['db', 'year', 'out', 'person']);
  if (positionals[0] === 'yearbook') return printYearbook(flags);
  const ledger = ledgerId(positionals[0]);
  const out = requireFlag(flags, 'out', 'PDF 输出文件');
  const year = optionalFlag(flags, 'year');
  // One person's 全程纪实表; the other ledgers cover everyone and take no person.
  const person = optionalFlag(flags, 'person');
  if (person !== undefined && ledger !== 'development-record')
    throw new CliError('--person 只用于打印发展党员全程纪实表（development-record）');
  const browser = findBrowser(process.env);
  if (!browser) throw new CliError(NO_BROWSER_MESSAGE);
  const printer = createChromiumPrinter(browser);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'), { printPdf: printer });
  try {
    const yearInput = year === undefined ? {} : { year: Number(year) };
    const pdf = isOfficeReport(ledger)
      ? await run(inst.ctx, 'office.reportPdf', {
          report: ledger,
          year: Number(year ?? inst.ctx.clock.today().slice(0, 4)),
        })
      : await run(inst.ctx, 'ledger.pdf', { ledger, ...yearInput, ...(person === undefined ? {} : { person }) });
    // A PDF already there is replaced only by a complete new one (a full disk leaves it intact).
    writeOutputFile(out, Buffer.from(pdf.base64, 'base64'), { replace: true });
    console.log(`已生成 ${out}`);
  } finally {
    await inst.close();
    await printer.close();
  }
}
