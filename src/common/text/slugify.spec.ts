import { slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Sécurité', 'securite'],
    ['Réforme des retraites : le gouvernement recule', 'reforme-des-retraites-le-gouvernement-recule'],
    ['L’été où tout a basculé', 'l-ete-ou-tout-a-bascule'],
    ["Aujourd'hui, c'est la fête", 'aujourd-hui-c-est-la-fete'],
    ['Œuvres d’art : l’Œil du Cœur', 'oeuvres-d-art-l-oeil-du-coeur'],
    ['Ex æquo au Tour de France', 'ex-aequo-au-tour-de-france'],
    ['Die Straße nach Köln', 'die-strasse-nach-koln'],
    ['« Ça suffit ! » crie la foule', 'ca-suffit-crie-la-foule'],
    ['Noël 2024 : 12 % de hausse', 'noel-2024-12-de-hausse'],
    ['  --Élysée--  ', 'elysee'],
    ['Maïs, ambiguïté, naïf, Ÿ', 'mais-ambiguite-naif-y'],
  ])('%s → %s', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it('handles decomposed accents', () => {
    expect(slugify('Se\u0301curite\u0301')).toBe('securite');
  });

  it('falls back to "article" when nothing usable remains', () => {
    expect(slugify('')).toBe('article');
    expect(slugify('   ')).toBe('article');
    expect(slugify('!!! ??? «»')).toBe('article');
    expect(slugify('😀🎉')).toBe('article');
    expect(slugify('日本語')).toBe('article');
  });

  it('cuts on a hyphen boundary when the slug is too long', () => {
    expect(slugify('Le président de la République', 20)).toBe('le-president-de-la');
    expect(slugify('Le président de la République', 18)).toBe('le-president-de-la');
    expect(slugify('Le président de la République', 17)).toBe('le-president-de');
  });

  it('hard-cuts a single word longer than maxLength', () => {
    expect(slugify('Anticonstitutionnellement', 10)).toBe('anticonsti');
  });

  it('never exceeds maxLength nor ends with a hyphen', () => {
    const title = 'Les élections municipales : ce qu’il faut retenir du premier tour dans les grandes villes de France';
    for (let max = 1; max <= 120; max++) {
      const slug = slugify(title, max);
      expect(slug.length).toBeLessThanOrEqual(max);
      expect(slug).not.toMatch(/^-|-$/);
      expect(slug).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('uses 80 as the default maximum', () => {
    expect(slugify('mot '.repeat(50)).length).toBeLessThanOrEqual(80);
    expect(slugify('mot '.repeat(50))).toBe(Array(20).fill('mot').join('-'));
  });

  it('rejects a non-positive maxLength', () => {
    expect(() => slugify('titre', 0)).toThrow(RangeError);
    expect(() => slugify('titre', 2.5)).toThrow(RangeError);
  });
});
