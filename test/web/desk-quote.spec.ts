import fc from 'fast-check';
import { locateQuote as serverLocate } from '../../src/modules/error-reports/quote-locator.js';
import { locateQuote as deskLocate } from '../../web/src/desk/quote.js';

/**
 * The desk highlights a reported passage by matching the quote again from the
 * offset the API gives (the API gives no length). Its span must be exactly the
 * server's: same start, same end, whatever spacing, case and quote marks the
 * reader used.
 */
const span = (text: string, quote: string) => {
  const location = serverLocate(text, quote);
  return location === null ? null : { start: location.offset, end: location.offset + location.length };
};

describe('the desk’s quote highlight', () => {
  const article =
    'Réforme : ce qui change\nLe point.\nLe ministre a annoncé, mardi, une réforme   des retraites.\n' +
    'Selon lui, l’âge légal passerait à 64\u00A0ans « dès 2030 » (voir le graphique [1]). Le ministre a annoncé la suite.';

  it.each([
    ['une réforme des retraites'],
    ['LE MINISTRE A ANNONCÉ la suite'],
    ["l'âge légal passerait à 64 ans"],
    ['"dès 2030"'],
    ['des retraites. Selon lui'],
    ['Réforme: ce qui change'],
    ['(voir le graphique [1])'],
  ])('spans what the server located for %j', (quote) => {
    const expected = span(article, quote);
    expect(expected).not.toBeNull();
    expect(deskLocate(article, quote, expected!.start)).toEqual(expected);
  });

  it('highlights the occurrence at the given offset, not the first one', () => {
    const second = article.lastIndexOf('Le ministre a annoncé');
    expect(deskLocate(article, 'le ministre a annoncé', second)).toEqual({
      start: second,
      end: second + 'Le ministre a annoncé'.length,
    });
  });

  it('finds nothing when the passage is gone, and nothing for a blank quote', () => {
    expect(deskLocate(article, '65 ans', 0)).toBeNull();
    expect(deskLocate(article, ' \u00A0\n', 0)).toBeNull();
  });

  it('agrees with the server on generated texts and retyped quotes', () => {
    const letters = fc.constantFrom(
      ...'aeéèiloursntçAÉLO’\'«»"  \u00A0\n.,;:!?0123456789-()[]{}*+^$|\\/',
      'e\u0301',
      'E\u0301',
    );
    const variants: Record<string, string[]> = {
      '’': ["'", '\u2018'],
      "'": ['’'],
      '«': ['"', '\u201C'],
      '»': ['"', '\u201D'],
      ' ': ['  ', '\u00A0', '\n'],
      '\u00A0': [' '],
    };
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: 5, maxLength: 80 }).map((chars) => chars.join('')),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, from, size, retypes) => {
          const start = from % text.length;
          const picked = [...text.slice(start, start + 1 + (size % 30))];
          for (const at of retypes) {
            const index = at % picked.length;
            const char = picked[index]!;
            const options = variants[char] ?? [char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase()];
            picked[index] = options[at % options.length]!;
          }
          const quote = picked.join('');
          const expected = span(text, quote);
          if (expected === null) return;
          compared += 1;
          expect(deskLocate(text, quote, expected.start)).toEqual(expected);
        },
      ),
      { numRuns: 2000, seed: 20 },
    );
    // Most generated quotes are found by the server; the property must have been exercised.
    expect(compared).toBeGreaterThan(1000);
  });
});
