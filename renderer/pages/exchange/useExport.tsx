import { useState } from 'react';
import { call } from '../../api.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { saveFile } from './files.js';
import { FolderPicker, placeDir, type Place } from './FolderPicker.js';

export interface Exported {
  seq: number;
  rows: number;
  full: boolean;
  fileName: string;
  /** Where the file was written; null when handed to the browser's download. */
  path: string | null;
}

/**
 * 导出 to the place the user picked: the browser's download (the default), or straight onto a
 * U 盘 or into a folder, where the main process writes it without overwriting anything.
 */
export function useExport() {
  const [place, setPlace] = useState<Place>({ kind: 'download' });
  const exportBundle = useExchangeStore((s) => s.exportBundle);
  const load = useExchangeStore((s) => s.load);

  const run = async (input: { peer?: string; full: boolean }): Promise<Exported> => {
    const dir = placeDir(place);
    if (dir === null) {
      const b = await exportBundle(input);
      saveFile(b);
      return { seq: b.seq, rows: b.rows, full: b.full, fileName: b.fileName, path: null };
    }
    try {
      const r = await call('exchange.exportTo', { ...input, dir });
      return { seq: r.seq, rows: r.rows, full: r.full, fileName: r.fileName, path: r.path };
    } finally {
      await load();
    }
  };

  const picker = (
    <FolderPicker label="导出到：" value={place} onChange={setPlace} downloadLabel="下载（由浏览器保存，可选位置）" />
  );
  /** 全部导出 needs a folder: the browser's download saves one file at a time. */
  const exportAll = async () => {
    const dir = placeDir(place);
    if (dir === null) throw new Error('请先在“导出到”中选择 U 盘或文件夹');
    try {
      return await call('exchange.exportAll', { dir });
    } finally {
      await load();
    }
  };

  return { run, picker, place, exportAll };
}
