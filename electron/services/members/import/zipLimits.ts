import { createInflateRaw } from 'node:zlib';
import { ServiceError } from '../../errors.js';

/**
 * What an .xlsx roster may hold before Excel's parser sees it. A roster of a few thousand
 * members is far below every limit; a crafted file (a "zip bomb": a few hundred KB that inflate
 * to gigabytes of XML, or millions of tiny shared strings or cells) is refused while it is
 * being inflated, each entry streamed and counted, never held in memory. The limits keep the
 * whole import under 300 MB of memory (docs/bundle-format.md, "Excel imports").
 */
export const XLSX_LIMITS = {
  /** Files inside the zip. */
  entries: 200,
  /** Bytes of one file once inflated. */
  entryBytes: 4 * 1024 * 1024,
  /** Bytes of all files once inflated. */
  totalBytes: 7 * 1024 * 1024,
  /** Entries of the shared strings table (`<si>`). */
  sharedStrings: 60_000,
  /** Cells of all worksheets (`<c>`): 2,000 members with 30 columns. */
  cells: 60_000,
  /** Merged ranges of all worksheets (`<mergeCell>`). */
  merges: 2_000,
  /** Column definitions of all worksheets (`<col>`). */
  columnDefinitions: 1_000,
  /**
   * XML elements of all files: bounds what any part (styles, rows, comments…) can make the
   * parser build, not only cells and strings.
   */
  elements: 300_000,
} as const;

const NOT_XLSX = '无法读取该文件：请确认是 Excel 的 .xlsx 文件，且文件没有损坏';

function tooBig(what: string): ServiceError {
  return new ServiceError(
    'VALIDATION',
    `该文件${what}，超出花名册导入的上限，请确认选择的是花名册（只保留需要导入的工作表后再试）`,
  );
}

/** Element counts that grow Excel's parser's memory, and where they are counted. */
const COUNTED: { pattern: RegExp; entry: RegExp; limit: keyof typeof XLSX_LIMITS; what: string }[] = [
  { pattern: /<si[\s>/]/g, entry: /sharedStrings\d*\.xml$/i, limit: 'sharedStrings', what: '的共享文本过多' },
  { pattern: /<c[\s>/]/g, entry: /worksheets\/[^/]+\.xml$/i, limit: 'cells', what: '的单元格过多' },
  { pattern: /<mergeCell[\s>/]/g, entry: /worksheets\/[^/]+\.xml$/i, limit: 'merges', what: '的合并单元格过多' },
  { pattern: /<col[\s>/]/g, entry: /worksheets\/[^/]+\.xml$/i, limit: 'columnDefinitions', what: '的列定义过多' },
  { pattern: /<[A-Za-z]/g, entry: /\.(xml|rels)$/i, limit: 'elements', what: '的内容过多' },
];

/** The longest pattern, less one: how much of a chunk's end to keep for a match across chunks. */
const CARRY = 10;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory, read from the end of the file as every zip reader does. */
function centralDirectory(zip: Buffer): Entry[] {
  const minEnd = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let i = zip.length - 22; i >= minEnd; i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ServiceError('VALIDATION', NOT_XLSX);
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  // Zip64 (more than 65535 files or 4 GB): no roster needs it.
  if (count === 0xffff || offset === 0xffffffff) throw tooBig('过大');
  if (count > XLSX_LIMITS.entries) throw tooBig('包含的文件过多');
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new ServiceError('VALIDATION', NOT_XLSX);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's stored bytes, located through its local header. */
function storedBytes(zip: Buffer, e: Entry): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new ServiceError('VALIDATION', NOT_XLSX);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + e.compressedSize > zip.length) throw new ServiceError('VALIDATION', NOT_XLSX);
  return zip.subarray(start, start + e.compressedSize);
}

/**
 * Streams the entry's content through `onChunk`, refusing as soon as more than `limit` bytes
 * come out; only one chunk is in memory at a time.
 */
function streamEntry(stored: Buffer, method: number, limit: number, onChunk: (chunk: Buffer) => void): Promise<number> {
  if (method === 0) {
    if (stored.length > limit) return Promise.reject(tooBig('过大'));
    onChunk(stored);
    return Promise.resolve(stored.length);
  }
  if (method !== 8) return Promise.reject(new ServiceError('VALIDATION', NOT_XLSX));
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      inflate.destroy();
      reject(err instanceof ServiceError ? err : new ServiceError('VALIDATION', NOT_XLSX));
    };
    inflate.on('data', (chunk: Buffer) => {
      if (failed) return;
      total += chunk.length;
      if (total > limit) return fail(tooBig('过大'));
      try {
        onChunk(chunk);
      } catch (err) {
        fail(err);
      }
    });
    inflate.on('end', () => {
      if (!failed) resolve(total);
    });
    inflate.on('error', fail);
    inflate.end(stored);
  });
}

/**
 * Refuses, before the workbook is parsed, an .xlsx whose content exceeds XLSX_LIMITS, or
 * whose files do not inflate to the sizes the zip declares.
 */
export async function checkXlsxLimits(zip: Buffer): Promise<void> {
  const entries = centralDirectory(zip);
  const counts = new Map<keyof typeof XLSX_LIMITS, number>();
  let total = 0;
  for (const e of entries) {
    // Encrypted entries: a password-protected workbook is not a roster we can read.
    if ((e.flags & 1) !== 0) throw new ServiceError('VALIDATION', NOT_XLSX);
    if (e.size > XLSX_LIMITS.entryBytes || total + e.size > XLSX_LIMITS.totalBytes) throw tooBig('过大');
    const counted = COUNTED.filter((c) => c.entry.test(e.name));
    let carry = '';
    // Never more than the declared size: a file inflating beyond it is refused right there.
    const size = await streamEntry(storedBytes(zip, e), e.method, e.size, (chunk) => {
      if (total + chunk.length > XLSX_LIMITS.totalBytes) throw tooBig('过大');
      total += chunk.length;
      if (counted.length === 0) return;
      // latin1 keeps one character per byte, so the carried tail is exact; the tags are ASCII.
      const text = carry + chunk.toString('latin1');
      for (const c of counted) {
        const n = (counts.get(c.limit) ?? 0) + (text.match(c.pattern)?.length ?? 0) - countIn(carry, c.pattern);
        if (n > XLSX_LIMITS[c.limit]) throw tooBig(c.what);
        counts.set(c.limit, n);
      }
      carry = text.slice(-CARRY);
    });
    // A file that inflates to other than its declared size is damaged or crafted.
    if (size !== e.size) throw new ServiceError('VALIDATION', NOT_XLSX);
  }
}

function countIn(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
