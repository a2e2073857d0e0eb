import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { DriveChoice } from '../../../electron/api/index.js';
import { call } from '../../api.js';

/** Where a file goes or comes from: the browser's own download, a U 盘 the machine sees, or a typed folder. */
export type Place = { kind: 'download' } | { kind: 'drive'; path: string } | { kind: 'folder'; path: string };

const DOWNLOAD = '\u0000download';
const FOLDER = '\u0000folder';

/** The folder to use, or null for the browser's download/upload. */
export function placeDir(p: Place): string | null {
  return p.kind === 'download' ? null : p.path;
}

/** The U 盘 the main process can see now; asked again on 刷新 (a stick plugged in later). */
function useDrives() {
  const [drives, setDrives] = useState<DriveChoice[]>([]);
  const [loading, setLoading] = useState(false);
  const ask = () => call('exchange.drives', {}).catch((): DriveChoice[] => []);
  useEffect(() => {
    let live = true;
    void ask().then((d) => live && setDrives(d));
    return () => {
      live = false;
    };
  }, []);
  const refresh = async () => {
    setLoading(true);
    setDrives(await ask());
    setLoading(false);
  };
  return { drives, loading, refresh };
}

/**
 * Picks a U 盘 or types a folder. `downloadLabel` adds the browser's own save/open option
 * (the default: it works in every mode, and is what the page did before).
 */
export function FolderPicker(props: {
  label: string;
  value: Place;
  onChange: (p: Place) => void;
  downloadLabel?: string;
}) {
  const { drives, loading, refresh } = useDrives();
  const { value, onChange } = props;
  const selected = value.kind === 'download' ? DOWNLOAD : value.kind === 'folder' ? FOLDER : value.path;
  const options = [
    ...(props.downloadLabel ? [{ value: DOWNLOAD, label: props.downloadLabel }] : []),
    ...drives.map((d) => ({ value: d.path, label: `U 盘：${d.label}（${d.path}）` })),
    { value: FOLDER, label: '其他文件夹（填写路径）' },
  ];
  const pick = (v: string) => {
    if (v === DOWNLOAD) onChange({ kind: 'download' });
    else if (v === FOLDER) onChange({ kind: 'folder', path: '' });
    else onChange({ kind: 'drive', path: v });
  };

  return (
    <Space wrap size={8} align="center">
      <span style={{ fontSize: 16 }}>{props.label}</span>
      <Select
        aria-label={props.label}
        style={{ minWidth: 300 }}
        value={selected}
        options={options}
        onChange={pick}
        placeholder="请选择 U 盘或文件夹"
      />
      {value.kind === 'folder' && (
        <Input
          aria-label="文件夹路径"
          style={{ width: 340 }}
          value={value.path}
          onChange={(e) => onChange({ kind: 'folder', path: e.target.value })}
          placeholder="例如 E:\ 或 /media/用户名/U盘"
        />
      )}
      <Button type="link" loading={loading} onClick={() => void refresh()} style={{ padding: 0 }}>
        刷新 U 盘列表
      </Button>
    </Space>
  );
}
