import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptMarkSheet } from '../../../src/page/mark-sheet';

describe('adoptMarkSheet', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
    document.adoptedStyleSheets = [];
  });
  afterEach(() => controller.abort());

  it('adds one sheet after the page’s own, and removes only it on abort', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    expect(adoptMarkSheet(document, { person: 'background' }, controller.signal)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    // happy-dom drops ::highlight rules when it parses them: the rules are read in Chromium (e2e kinds.test.ts)
    // and their text in theme.test.ts
    expect(document.adoptedStyleSheets[1]).toBeInstanceOf(CSSStyleSheet);
    const later = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, later]; // the page adds one of its own
    controller.abort();
    expect(document.adoptedStyleSheets).toEqual([pageSheet, later]);
  });

  it('adopts nothing once the session has ended', () => {
    controller.abort();
    expect(adoptMarkSheet(document, undefined, controller.signal)).toBe(false);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
