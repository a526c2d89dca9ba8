import { displayNameKey, isReservedDisplayName, normalizeDisplayName } from './display-name.js';

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
});
