import { locateQuote } from './quote-locator.js';

/** Slices the original text at the located span, so assertions read naturally. */
function quoted(text: string, quote: string): string | null {
  const location = locateQuote(text, quote);
  return location === null ? null : text.slice(location.offset, location.offset + location.length);
}

describe('locateQuote', () => {
  const article =
    'Le ministre a annoncé, mardi, une réforme   des retraites.\n' +
    'Selon lui, l’âge légal passerait à 64\u00A0ans « dès 2030 ».';

  it('finds an exact quote at the right offset', () => {
    expect(locateQuote(article, 'une réforme')).toEqual({ offset: article.indexOf('une réforme'), length: 11 });
  });

  it('collapses whitespace runs on both sides', () => {
    expect(quoted(article, 'une réforme des retraites')).toBe('une réforme   des retraites');
    expect(quoted(article, 'une   réforme\tdes\n\nretraites')).toBe('une réforme   des retraites');
  });

  it('matches a quote that spans a line break', () => {
    expect(quoted(article, 'des retraites. Selon lui')).toBe('des retraites.\nSelon lui');
  });

  it('matches a no-break space with an ordinary space', () => {
    expect(quoted(article, 'à 64 ans')).toBe('à 64\u00A0ans');
  });

  it('ignores case', () => {
    expect(quoted(article, 'LE MINISTRE A ANNONCÉ')).toBe('Le ministre a annoncé');
  });

  it('treats typographic and straight apostrophes and quotes as equal', () => {
    expect(quoted(article, "l'âge légal")).toBe('l’âge légal');
    expect(quoted("l'âge légal", 'L’ÂGE')).toBe("l'âge");
  });

  it('ignores French spacing inside guillemets and before ; : ! ?', () => {
    expect(quoted(article, '"dès 2030"')).toBe('« dès 2030 »');
    expect(quoted(article, '64 ans "dès')).toBe('64\u00A0ans « dès');
    expect(quoted('Vraiment\u202F? Oui\u00A0!', 'vraiment? oui!')).toBe('Vraiment\u202F? Oui\u00A0!');
    expect(quoted('Vraiment? Oui!', 'vraiment ? oui !')).toBe('Vraiment? Oui!');
  });

  it('ignores leading and trailing whitespace of the quote', () => {
    expect(quoted(article, '  \n mardi, une \t ')).toBe('mardi, une');
  });

  it('keeps accents significant', () => {
    expect(locateQuote(article, 'une reforme')).toBeNull();
    expect(locateQuote('il a mangé', 'il à mangé')).toBeNull();
  });

  it('matches composed and decomposed accents', () => {
    const decomposed = 'une re\u0301forme';
    expect(quoted(decomposed, 'RÉFORME')).toBe('re\u0301forme');
    expect(quoted('une réforme', 'une re\u0301forme')).toBe('une réforme');
  });

  it('ignores soft hyphens and zero-width spaces copied from the page', () => {
    const text = 'anti\u00ADconstitution\u200Bnellement';
    expect(quoted(text, 'anticonstitutionnellement')).toBe(text);
  });

  it('returns null when the quote is absent', () => {
    expect(locateQuote(article, 'réforme du chômage')).toBeNull();
  });

  it('returns null for an empty or whitespace-only quote', () => {
    expect(locateQuote(article, '')).toBeNull();
    expect(locateQuote(article, ' \n\t\u00A0')).toBeNull();
  });

  it('returns the first occurrence', () => {
    expect(locateQuote('abc abc', 'ABC')).toEqual({ offset: 0, length: 3 });
  });

  it('uses UTF-16 offsets around astral characters', () => {
    const text = '🎉🎉 Bravo à l’équipe';
    expect(locateQuote(text, "l'équipe")).toEqual({ offset: text.indexOf('l’équipe'), length: 8 });
  });

  it('maps lowercase expansions back to the whole original character', () => {
    const text = 'Vol vers İstanbul';
    expect(quoted(text, 'i̇stanbul')).toBe('İstanbul');
  });
});
