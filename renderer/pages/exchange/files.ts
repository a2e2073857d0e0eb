import type { BundleFile } from '../../../electron/api/index.js';
import { downloadBase64 } from '../../components/download.js';
import { readBase64 } from '../../components/readBase64.js';

export async function readBundleFile(file: File): Promise<BundleFile> {
  return { fileName: file.name, base64: await readBase64(file) };
}

export const READ_FAILED = '没能读取所选文件，请确认 U 盘仍插在电脑上，然后重试';

/** Bundles and enrolment files are opaque bytes to everything but 支部台账 itself. */
export function saveFile(file: BundleFile): void {
  downloadBase64(file.fileName, file.base64, 'application/octet-stream');
}
