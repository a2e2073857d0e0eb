/**
 * What an importer accepts from any peer, however correctly signed (docs/bundle-format.md,
 * "Limits"). A 300-member branch's full state is about 10 MB of JSON and 30,000 rows; these
 * leave room for notices with attachments while keeping an import's memory bounded.
 */

/** The .zbx file as it lies on the stick: refused before it is read into memory. */
export const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
/**
 * The decompressed body: inflating stops at this many bytes. Reading it holds it about three
 * times (bytes, text, parsed rows): 32 MB keeps an import under 300 MB of memory in all.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Rows in one bundle. */
export const MAX_BUNDLE_ROWS = 200_000;
/**
 * How far a row's HLC may run ahead of the importer's clock. Two offline PCs' clocks can be
 * a day apart (a wrong time zone, a dead CMOS battery); a stamp beyond that would pin every
 * later write on both sides behind it, so the bundle is refused.
 */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
