import { describe, expect, it } from 'vitest';
import { PAGE_MARGINS_MM } from '../../renderer/ledgers/printStyles.js';
import { escapeHtml, footerTemplate, headerTemplate, marginsCss, marginsInches } from './templates.js';

describe('page header and footer templates', () => {
  it('puts the organisation left and the year right, escaped', () => {
    const html = headerTemplate({ landscape: false, headerLeft: '东风村<b>&党支部', headerRight: '2026年度' });
    expect(html).toContain('<span>东风村&#60;b&#62;&#38;党支部</span><span>2026年度</span>');
    expect(html).not.toContain('<b>');
  });

  it('numbers pages 第 X 页 共 Y 页, centred', () => {
    const html = footerTemplate({ landscape: true });
    expect(html).toContain('第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页');
    expect(html).toContain('text-align:center');
  });

  it('sets an explicit size and a CJK font, which templates do not inherit from the page', () => {
    for (const html of [
      headerTemplate({ landscape: false, headerLeft: 'a', headerRight: 'b' }),
      footerTemplate({ landscape: false }),
    ]) {
      expect(html).toContain('font-size:9pt');
      expect(html).toContain("'Noto Serif CJK SC'");
      expect(html).not.toMatch(/style="[^"]*"[^>]*"/); // no stray double quote ends the attribute early
    }
  });

  it('uses the same margins as the page stylesheet, in both units', () => {
    expect(marginsCss(false)).toEqual({ top: '20mm', right: '16mm', bottom: '18mm', left: '25mm' });
    expect(marginsInches(true).top).toBeCloseTo(PAGE_MARGINS_MM.landscape.top / 25.4, 3);
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});
