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

/** The bytes as base64: the contract carries JSON over both transports. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('文件读取失败'));
    reader.readAsDataURL(file);
  });
}
