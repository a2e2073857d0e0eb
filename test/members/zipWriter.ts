import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One file of a crafted zip: its content as repeated parts, so gigabytes never sit in memory. */
export interface CraftedEntry {
  name: string;
  /** Written in order; `times` repeats a part. */
  parts: { text: string; times?: number }[];
  /** The size the zip declares, when it should lie about it. */
  declaredSize?: number;
}

/**
 * Deflates the parts block by block: each block is a deflate stream of its own, sync-flushed and
 * not final, so they concatenate into one stream closed by an empty final block. A repeated
 * block is compressed once and reused, so a gigabyte of XML costs a megabyte of memory here.
 */
function deflateParts(parts: CraftedEntry['parts']): { data: Buffer; size: number; crc: number } {
  const out: Buffer[] = [];
  let size = 0;
  let crc = 0;
  const add = (block: Buffer, times: number) => {
    const compressed = deflateRawSync(block, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    for (let i = 0; i < times; i += 1) {
      out.push(compressed);
      crc = crc32(block, crc);
      size += block.length;
    }
  };
  for (const part of parts) {
    const bytes = Buffer.from(part.text, 'utf8');
    const times = part.times ?? 1;
    const perBlock = Math.max(1, Math.floor((1024 * 1024) / bytes.length));
    const full = Math.floor(times / perBlock);
    if (full > 0) add(Buffer.concat(Array.from({ length: perBlock }, () => bytes)), full);
    const rest = times - full * perBlock;
    if (rest > 0) add(Buffer.concat(Array.from({ length: rest }, () => bytes)), 1);
  }
  out.push(Buffer.from([0x03, 0x00])); // an empty final block (fixed Huffman)
  return { data: Buffer.concat(out), size, crc };
}

/** A zip file (deflate, no zip64) with the given entries, sizes declared as asked. */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, size, crc } = deflateParts(e.parts);
    const name = Buffer.from(e.name, 'utf8');
    const declared = e.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
