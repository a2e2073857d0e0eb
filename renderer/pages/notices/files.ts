import { MAX_ATTACHMENT_BYTES, noticeFileMime, type NoticeFileMime } from '../../../electron/api/index.js';

export const FILE_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';
export const FILE_HINT = 'PDF、Word、Excel 文件或 JPG、PNG 图片，每个不超过 5 MB';

/** A file the clerk picked, checked here first so a wrong one is named before anything is saved. */
export interface PickedFile {
  file: File;
  mime: NoticeFileMime;
}

export function checkFile(file: File): PickedFile | string {
  const mime = noticeFileMime(file.name);
  if (!mime) return `“${file.name}”不是可以添加的文件：只能添加${FILE_HINT}`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `“${file.name}”超过 5 MB，请压缩或拆分后再添加`;
  return { file, mime };
}
