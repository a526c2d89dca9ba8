import fc from 'fast-check';
import {
  compileWatchedWords,
  describeInvalidWatchedPattern,
  InvalidWatchedPatternError,
  type WatchedAction,
  type WatchedWord,
} from './watched-words.js';

function word(id: string, pattern: string, action: WatchedAction = 'flag'): WatchedWord {
  return { id, pattern, action };
}

function matchedIds(words: WatchedWord[], text: string): string[] {
  return compileWatchedWords(words)
    .match(text)
    .map((match) => match.id);
}

describe('compileWatchedWords', () => {
  const arnaque = [word('w1', 'arnaque')];

  it.each([
    'Arnaqué',
    'ARNAQUE',
    'une arnaque!',
    'arnaque',
    '«\u00A0arnaque\u00A0»',
    "l'arnaque",
    'l’arnaque',
    '(arnaque)',
  ])('"arnaque" matches %j', (text) => {
    expect(matchedIds(arnaque, text)).toEqual(['w1']);
  });

  it.each(['darnaques', 'arnaques', 'darnaque', 'arnaqueur', 'arnaque2', '2arnaque', 'rien à signaler'])(
    '"arnaque" does not match %j',
    (text) => {
      expect(matchedIds(arnaque, text)).toEqual([]);
    },
  );

  it('accents and case in the pattern do not matter either', () => {
    expect(matchedIds([word('w', 'ARNAQUÉ')], 'une arnaque')).toEqual(['w']);
  });

  it('a trailing * matches any word continuation', () => {
    const words = [word('w', 'arnaque*')];
    expect(matchedIds(words, 'des arnaques partout')).toEqual(['w']);
    expect(matchedIds(words, 'un ARNAQUEUR')).toEqual(['w']);
    expect(matchedIds(words, 'arnaque')).toEqual(['w']);
    expect(matchedIds(words, 'darnaques')).toEqual([]);
  });

  it('a leading * matches any word beginning', () => {
    const words = [word('w', '*naque')];
    expect(matchedIds(words, 'une arnaque')).toEqual(['w']);
    expect(matchedIds(words, 'naque')).toEqual(['w']);
    expect(matchedIds(words, 'arnaques')).toEqual([]);
    expect(matchedIds([word('w', '*naque*')], 'arnaques')).toEqual(['w']);
  });

  it('multi-word patterns match across any whitespace run', () => {
    const words = [word('w', 'faux site')];
    expect(matchedIds(words, 'attention, faux site !')).toEqual(['w']);
    expect(matchedIds(words, 'FAUX\n\t  SITE')).toEqual(['w']);
    expect(matchedIds(words, 'faux\u00A0site')).toEqual(['w']);
    expect(matchedIds(words, 'fauxsite')).toEqual([]);
    expect(matchedIds(words, 'faux sites')).toEqual([]);
    expect(matchedIds(words, 'defaux site')).toEqual([]);
    expect(matchedIds([word('w', 'faux   site*')], 'faux sites')).toEqual(['w']);
  });

  it('patterns with typographic apostrophes match straight ones', () => {
    expect(matchedIds([word('w', 'fils d’escroc')], "Fils d'escroc")).toEqual(['w']);
  });

  it('returns all matches, most severe first, then in list order', () => {
    const words = [
      word('flag1', 'bizarre', 'flag'),
      word('approve1', 'casino', 'require_approval'),
      word('block1', 'arnaque', 'block'),
      word('flag2', 'louche', 'flag'),
      word('block2', 'faux site', 'block'),
      word('unused', 'absent', 'block'),
    ];
    const matches = compileWatchedWords(words).match('Casino louche, arnaque bizarre, faux site');
    expect(matches.map((m) => m.id)).toEqual(['block1', 'block2', 'approve1', 'flag1', 'flag2']);
    expect(matches[0]).toEqual({ id: 'block1', pattern: 'arnaque', action: 'block' });
  });

  it('lists every overlapping word that matched', () => {
    const words = [word('exact', 'arnaque'), word('prefix', 'arnaque*'), word('phrase', 'grosse arnaque')];
    expect(matchedIds(words, 'une grosse arnaque')).toEqual(['exact', 'prefix', 'phrase']);
  });

  it('returns nothing for an empty list', () => {
    expect(compileWatchedWords([]).match('arnaque')).toEqual([]);
  });

  it('treats regex metacharacters literally', () => {
    const words = [
      word('dots', 'a.b'),
      word('plus', 'c++'),
      word('dollars', '$$$'),
      word('group', '(x|y)'),
      word('brackets', '[z]'),
      word('backslash', 'a\\d'),
      word('caret', '^_^'),
      word('question', 'quoi?'),
    ];
    const matcher = compileWatchedWords(words);
    expect(matcher.match('axb')).toEqual([]);
    expect(matcher.match('x y z 1')).toEqual([]);
    expect(matcher.match('a1').map((m) => m.id)).toEqual([]);
    expect(matcher.match('quoi').map((m) => m.id)).toEqual([]);
    expect(matcher.match('a.b c++ gagnez$$$ (x|y) [z] a\\d ^_^ quoi?').map((m) => m.id)).toEqual([
      'dots',
      'plus',
      'dollars',
      'group',
      'brackets',
      'backslash',
      'caret',
      'question',
    ]);
  });

  it('property: any valid pattern compiles and matches its own text', () => {
    const chars = fc.constantFrom(..."aéZ9 -*.+?^$()[]{}|\\/'’«".split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 1, maxLength: 12 }), (pattern) => {
        fc.pre(describeInvalidWatchedPattern(pattern) === null);
        expect(matchedIds([word('self', pattern)], pattern)).toEqual(['self']);
      }),
    );
  });

  it('handles hyphenated and apostrophised patterns', () => {
    const words = [word('hyphen', 'anti-vax'), word('apostrophe', "aujourd'hui")];
    expect(matchedIds(words, 'Les ANTI-VAX, aujourd’hui')).toEqual(['hyphen', 'apostrophe']);
    expect(matchedIds(words, 'antivax')).toEqual([]);
  });

  it('works with non-Latin scripts', () => {
    expect(matchedIds([word('w', 'мошенник')], 'Это МОШЕННИК!')).toEqual(['w']);
    expect(matchedIds([word('w', 'мошенник')], 'мошенники')).toEqual([]);
  });

  it('rejects patterns that would match everything', () => {
    expect(() => compileWatchedWords([word('bad', '*')])).toThrow(InvalidWatchedPatternError);
    expect(() => compileWatchedWords([word('bad', '  ')])).toThrow(/bad/);
    expect(() => compileWatchedWords([word('bad', '**')])).toThrow(InvalidWatchedPatternError);
    expect(describeInvalidWatchedPattern('faux *site')).not.toBeNull();
    expect(describeInvalidWatchedPattern('arnaque*')).toBeNull();
  });

  // Correctness with a realistic list size; speed is measured by `npm run bench`, not asserted here.
  it('matches exactly the right word among five hundred on a long comment', () => {
    const words = Array.from({ length: 500 }, (_, i) =>
      word(
        `w${i}`,
        i % 3 === 0 ? `mot${i}*` : i % 3 === 1 ? `terme ${i}` : `vocable${i}`,
        ['block', 'require_approval', 'flag'][i % 3] as WatchedAction,
      ),
    );
    const matcher = compileWatchedWords(words);
    const comment = 'Un commentaire tout à fait ordinaire, sans rien de méchant. '.repeat(100);
    expect(matcher.match(comment)).toEqual([]);
    expect(matcher.match(`${comment} terme 301`).map((m) => m.id)).toEqual(['w301']);
    expect(matcher.match(`${comment} VOCABLE302`).map((m) => m.id)).toEqual(['w302']);
  });
});
