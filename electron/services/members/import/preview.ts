import type { ParsedInput } from '../../../api/index.js';
import type { ImportPreview } from '../../../api/memberImport.js';
import type { ServiceContext } from '../../context.js';
import { requireOrganization } from '../../org/profile.js';
import { analyse } from './analyse.js';
import { readWorkbook } from './read.js';

/** Reads the file and shows what would happen to every row; writes nothing. */
export async function previewImport(
  ctx: ServiceContext,
  input: ParsedInput<'members.importPreview'>,
): Promise<ImportPreview> {
  await requireOrganization(ctx);
  const sheets = await readWorkbook(input.fileBase64);
  return (await analyse(ctx.db, sheets, input.mapping, ctx.clock.today())).preview;
}
