// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { printStylesheet, type Orientation } from '../printStyles.js';

export interface DocumentProps {
  title: string;
  orientation: Orientation;
  children: ReactNode;
}

/** A complete, self-contained page: the preview iframe, printToPDF and Chromium all load it as is. */
export function LedgerDocumentShell({ title, orientation, children }: DocumentProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: printStylesheet(orientation) }} />
      </head>
      <body className={orientation}>{children}</body>
    </html>
  );
}

/** Static HTML (React escapes all user text), with the doctype React does not emit itself. */
export function renderDocument(props: DocumentProps): string {
  return `<!doctype html>${renderToStaticMarkup(<LedgerDocumentShell {...props} />)}`;
}
