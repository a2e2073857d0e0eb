/**
 * Long free text (会议记录, 谈话内容) on a record form. A form row must never split across pages,
 * yet the minutes may run over several: so the text is printed as one row per paragraph, and a
 * paragraph too long to sit comfortably on a page is cut at sentence ends into several rows.
 */

/** About seven printed lines at 10.5pt across a portrait form: small enough that moving a piece
 * whole to the next page leaves little blank at the foot of the page. */
export const MAX_PIECE_CHARS = 300;

export interface TextPiece {
  text: string;
  /** Starts a paragraph (indented); later pieces of the same paragraph carry on without indent. */
  opensParagraph: boolean;
}

const SENTENCE_END = /[。！？；!?;]/;

/** Cuts one paragraph after the last sentence end within the limit (hard cut when there is none). */
function cutParagraph(paragraph: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = paragraph;
  while (rest.length > max) {
    let cut = -1;
    for (let i = max - 1; i >= max / 3; i -= 1) {
      if (SENTENCE_END.test(rest.charAt(i))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) cut = max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The text as printable pieces: blank lines dropped, each line a paragraph. */
export function textPieces(text: string, max = MAX_PIECE_CHARS): TextPiece[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => cutParagraph(line, max).map((piece, i) => ({ text: piece, opensParagraph: i === 0 })));
}
