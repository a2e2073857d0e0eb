import { z } from 'zod';
import { op } from './define.js';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** 'desktop' inside Electron, 'web' when served by the loopback host. */
  shell: 'desktop' | 'web';
}

export const appOps = {
  'app.info': op<AppInfo>()({
    summary: '程序版本、数据文件位置',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
};
