import type { PaperSize } from './print-options';

type PageSetup = { paper: PaperSize; landscape: boolean; footer: string };

/**
 * The @page rule for this sheet: paper, orientation, and the running footer with "page X of Y" in
 * Chromium's page-margin boxes. It is a constructed stylesheet, so it needs no inline <style> (CSP).
 * Returns a function that removes it when the sheet unmounts.
 */
export function applyPageSetup({
  paper,
  landscape,
  footer,
}: PageSetup): () => void {
  if (
    typeof CSSStyleSheet === 'undefined' ||
    !('adoptedStyleSheets' in document)
  )
    return () => undefined;
  const sheet = new CSSStyleSheet();
  const size = `${paper === 'letter' ? 'letter' : 'A4'}${landscape ? ' landscape' : ''}`;
  const text = JSON.stringify(footer); // a CSS string literal: quotes and backslashes escaped
  sheet.replaceSync(`@page {
    size: ${size};
    margin: 10mm 10mm 13mm;
    @bottom-left { content: ${text}; font: 7.5pt system-ui, sans-serif; color: #333; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt system-ui, sans-serif; color: #333; }
  }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (s) => s !== sheet,
    );
  };
}
