import { foldForMatch, normalizeTypography, plainTypographyChar, stripAccents } from './normalize.js';

describe('foldForMatch', () => {
  it('lowercases and strips French accents', () => {
    expect(foldForMatch('SÉCURITÉ à Noël, ÇA côtoie l’été')).toBe("securite a noel, ca cotoie l'ete");
  });

  it('normalises every apostrophe look-alike to a straight apostrophe', () => {
    for (const apostrophe of ['\u2019', '\u2018', '\u02BC', '`', '\u00B4', "'"]) {
      expect(foldForMatch(`l${apostrophe}arnaque`)).toBe("l'arnaque");
    }
  });

  it('normalises guillemets and curly double quotes to a straight double quote', () => {
    expect(foldForMatch('«\u00A0Bonjour\u00A0» “a” „b”')).toBe('" bonjour " "a" "b"');
  });

  it('turns no-break and narrow no-break spaces into ordinary spaces', () => {
    expect(foldForMatch('Quoi\u202F?\u00A0Oui')).toBe('quoi ? oui');
  });

  it('handles decomposed input the same as composed input', () => {
    expect(foldForMatch('Se\u0301curite\u0301')).toBe(foldForMatch('Sécurité'));
  });

  it('handles lowercase mappings that introduce combining marks', () => {
    expect(foldForMatch('İstanbul')).toBe('istanbul');
  });

  it('keeps non-Latin letters usable', () => {
    expect(foldForMatch('한국어 Ελληνικά')).toBe('한국어 ελληνικα');
  });

  it('returns an empty string for empty input', () => {
    expect(foldForMatch('')).toBe('');
  });
});

describe('typography helpers', () => {
  it('plainTypographyChar leaves ordinary characters unchanged', () => {
    expect(plainTypographyChar('a')).toBe('a');
    expect(plainTypographyChar('é')).toBe('é');
  });

  it('normalizeTypography keeps accents and case', () => {
    expect(normalizeTypography('L’Été\u00A0»')).toBe('L\'Été "');
  });

  it('stripAccents keeps case', () => {
    expect(stripAccents('Élysée')).toBe('Elysee');
  });
});
