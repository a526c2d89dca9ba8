import { displayNameKey, isReservedDisplayName, mixesScripts, normalizeDisplayName } from './display-name.js';

describe('display names', () => {
  it.each([
    ['zero-width space', 'Mar\u200Bie'],
    ['zero-width joiner', 'Ma\u200Drie'],
    ['word joiner', 'Ma\u2060rie'],
    ['byte order mark', '\uFEFFMarie'],
    ['right-to-left override', 'Marie \u202Eedcba'],
    ['left-to-right isolate', '\u2066Marie\u2069'],
    ['right-to-left mark', 'Marie\u200F'],
    ['soft hyphen', 'Ma\u00ADrie'],
    ['a control character', 'Marie\u0007'],
    ['a newline', 'Marie\nDupont'],
    ['a line separator', 'Marie\u2028Dupont'],
    ['a private-use character', 'Marie\uE000'],
  ])('refuses %s', (_name, raw) => {
    expect(normalizeDisplayName(raw)).toEqual({ refusal: 'users.display_name_invisible_characters' });
  });

  it.each([
    ['spaces', '   '],
    ['no-break spaces', '\u00A0\u202F\u3000'],
    ['combining marks only', '\u0301\u0308'],
    ['Hangul fillers', '\u3164\u3164'],
    ['a braille blank', '\u2800'],
  ])('refuses a name of %s as empty', (_name, raw) => {
    expect(normalizeDisplayName(raw)).toEqual({ refusal: 'users.display_name_empty' });
  });

  it('stores the NFKC form, trimmed, with one space between words', () => {
    expect(normalizeDisplayName('  Ｍａｒｉｅ   Lefèvre ')).toEqual({ value: 'Marie Lefèvre' });
    expect(normalizeDisplayName('Marie\u0065\u0301')).toEqual({ value: 'Mariee\u0301'.normalize('NFKC') });
    expect(normalizeDisplayName('Zoé 🦊')).toEqual({ value: 'Zoé 🦊' });
  });

  it('folds case, diacritics, spaces, punctuation and compatibility forms into one key', () => {
    const key = displayNameKey('Modération');
    expect(key).toBe('moderation');
    for (const lookalike of [
      'MODÉRATION',
      'mo dé ra tion',
      'Modé-ration',
      'ＭＯＤＥＲＡＴＩＯＮ',
      'Mode\u0301ration',
    ]) {
      expect([lookalike, displayNameKey(lookalike)]).toEqual([lookalike, key]);
    }
  });

  it('reserves the newsroom words and the staff names, not the rest', () => {
    const staff = [{ username: 'c.durand', displayName: 'Claire Durand' }];
    for (const name of [
      'Administration',
      'La Rédaction',
      'rédaction',
      'TRIBUNE',
      'Modération',
      'claire durand',
      'C. Durand',
      'Cdurand',
    ]) {
      expect([name, isReservedDisplayName(name, staff)]).toEqual([name, true]);
    }
    for (const name of ['Claire Dupont', 'Tribune libre', 'Marie', 'Durand']) {
      expect([name, isReservedDisplayName(name, staff)]).toEqual([name, false]);
    }
  });

  it('reserves a staff name written wholly in Cyrillic or Greek look-alikes, not a name that only sounds alike', () => {
    const staff = [
      { username: 'paco', displayName: 'Scope Express' },
      { username: 'topaz', displayName: 'Marie Dupont' },
    ];
    // Each word is one alphabet, so none is refused as mixed; folded, each copies a staff name.
    for (const name of [
      '\u0420\u0430\u0441\u043E', // Расо: Cyrillic Р а с о, the username "paco"
      '\u0405\u0441\u043E\u0440\u0435 Express', // Ѕсоре: Cyrillic
      '\u03A4\u039F\u03A1\u0391\u0396', // ΤΟΡΑΖ: Greek capitals, the username "topaz"
    ]) {
      expect([name, normalizeDisplayName(name), isReservedDisplayName(name, staff)]).toEqual([
        name,
        { value: name },
        true,
      ]);
    }
    for (const name of ['Иван', 'Παύλος', 'Мария Дюпон', 'Расо Express']) {
      expect([name, isReservedDisplayName(name, staff)]).toEqual([name, false]);
    }
    expect(displayNameKey('\u0397\u03B7')).toBe('hn'); // Greek capital eta is an H, small eta an n.
  });

  describe('mixed scripts within one word (homoglyphs)', () => {
    /** [family, name, refused]: each family must be exercised (counted below). */
    const CASES: Array<[string, string, boolean]> = [
      // Refused: one word drawing letters from two of Latin, Cyrillic, Greek.
      ['cyrillic in latin', 'Cl\u0430ire', true], // Cyrillic а
      ['cyrillic in latin', 'Julie M\u043Ereau', true], // Cyrillic о
      ['cyrillic in latin', '\u0421laire Durand', true], // Cyrillic С first
      ['cyrillic in latin', 'Mod\u0435ration', true], // Cyrillic е
      ['cyrillic in latin', 'Pa\u0440l', true], // Cyrillic р
      ['cyrillic in latin', 'Adm\u0456n', true], // Cyrillic і (Ukrainian)
      ['cyrillic in latin', '\u0405taff', true], // Cyrillic Ѕ
      ['greek in latin', 'Jul\u03B9e', true], // Greek ι
      ['greek in latin', 'M\u03BFreau', true], // Greek ο
      ['greek in latin', '\u0391dmin', true], // Greek Α
      ['greek in latin', 'Tribun\u03B5', true], // Greek ε
      ['greek in latin', '\u00B5Marie', true], // micro sign: NFKC makes it Greek μ
      ['latin in cyrillic', '\u0418\u0432a\u043D', true], // Latin a in "Иван"
      ['latin in cyrillic', '\u041F\u0435\u0442\u0440o\u0432', true], // Latin o in "Петров"
      ['latin in greek', '\u0391\u03BBe\u03BE\u03B1\u03BD\u03B4\u03C1\u03BF\u03C2', true], // Latin e in "Αλέξανδρος"
      ['cyrillic in greek', '\u039D\u0438\u03BA\u03BF\u03C2', true], // Cyrillic и in "Νίκος"
      ['compatibility forms', '\uFF23\uFF4C\u0430\uFF49\uFF52\uFF45', true], // full-width Latin around Cyrillic а
      ['compatibility forms', '\u{1D40C}\u043E\u{1D42B}\u{1D41E}\u{1D41A}\u{1D42E}', true], // bold math Latin + Cyrillic о
      ['script-specific mark', 'Marie\u0483', true], // Cyrillic titlo on a Latin word
      ['punctuation inside a word', 'Jean-\u041F\u044C\u0435\u0440', true], // a hyphen does not split a word
      // Allowed: one alphabet per word.
      ['pure latin', 'Claire Durand', false],
      ['pure latin', 'Zoé Lefèvre-Dupont', false],
      ['pure latin', 'Ærøskøbing Straße', false],
      ['pure latin', 'O’Brien', false],
      ['pure cyrillic', '\u042E\u043B\u0438\u044F \u041C\u043E\u0440\u043E\u0437\u043E\u0432\u0430', false], // Юлия Морозова
      ['pure cyrillic', '\u041F\u0451\u0442\u0440', false], // Пётр
      ['pure cyrillic', '\u0421\u0435\u0440\u0433\u0456\u0439', false], // Сергій (Ukrainian)
      ['pure greek', '\u0391\u03BB\u03AD\u03BE\u03B1\u03BD\u03B4\u03C1\u03BF\u03C2', false], // Αλέξανδρος
      [
        'pure greek',
        '\u039D\u03AF\u03BA\u03BF\u03C2 \u03A0\u03B1\u03C0\u03B1\u03B4\u03CC\u03C0\u03BF\u03C5\u03BB\u03BF\u03C2',
        false,
      ],
      ['one alphabet per word', 'Ivan \u0418\u0432\u0430\u043D\u043E\u0432', false], // Ivan Иванов
      ['one alphabet per word', '\u0395\u03BB\u03AD\u03BD\u03B7 Martin', false], // Ελένη Martin
      ['one alphabet per word', 'Marie (\u041C\u0430\u0440\u0438\u044F)', false], // Marie (Мария)
      ['other scripts', '\u0645\u0631\u064A\u0645', false], // Arabic
      ['other scripts', 'Marie\u674E', false], // Latin and Han in one word: not look-alikes
      ['other scripts', '\u5C71\u7530 \u592A\u90CE', false],
      ['digits, marks and symbols', 'Marie2024 🦊', false],
      ['digits, marks and symbols', '\u0418\u0432\u0430\u043D_77', false],
      ['digits, marks and symbols', 'Mariee\u0301', false],
    ];

    it.each(CASES)('%s: %j refused: %s', (_family, raw, refused) => {
      const result = normalizeDisplayName(raw);
      expect(result).toEqual(
        refused ? { refusal: 'users.display_name_mixed_scripts' } : { value: raw.normalize('NFKC').trim() },
      );
    });

    it('exercises every family, refused and allowed', () => {
      const tally: Record<string, number> = {};
      for (const [family, raw, refused] of CASES) {
        const key = `${refused ? 'refused' : 'allowed'}: ${family}`;
        expect([raw, mixesScripts(raw.normalize('NFKC'))]).toEqual([raw, refused]);
        tally[key] = (tally[key] ?? 0) + 1;
      }
      expect(tally).toEqual({
        'refused: cyrillic in latin': 7,
        'refused: greek in latin': 5,
        'refused: latin in cyrillic': 2,
        'refused: latin in greek': 1,
        'refused: cyrillic in greek': 1,
        'refused: compatibility forms': 2,
        'refused: script-specific mark': 1,
        'refused: punctuation inside a word': 1,
        'allowed: pure latin': 4,
        'allowed: pure cyrillic': 3,
        'allowed: pure greek': 2,
        'allowed: one alphabet per word': 3,
        'allowed: other scripts': 3,
        'allowed: digits, marks and symbols': 3,
      });
      expect(CASES).toHaveLength(38);
    });
  });
});
