/** 花名册 import from Excel: preview every row, then commit the accepted ones in one transaction. */
export { commitImport } from './commit.js';
export { previewImport } from './preview.js';
