import { escapeHtml, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, toExcerptHtml } from './search-excerpt.js';

describe('search excerpts', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('turns the highlight markers into <mark> and escapes the rest', () => {
    expect(toExcerptHtml(`Le ${S}vaccin${E} <img src=x onerror=alert(1)>`)).toBe(
      'Le <mark>vaccin</mark> &lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('keeps <mark> balanced even with stray markers', () => {
    expect(toExcerptHtml(`${E}a ${S}${S}b ${S}c`)).toBe('a <mark>b c</mark>');
  });

  it('collapses whitespace left by removed tags', () => {
    expect(toExcerptHtml('Bonjour  \n  monde ')).toBe('Bonjour monde');
  });
});
