import { normaliseBody, scoreSignals, totalScore, wordCount, type ScoreInput } from './scorer.js';

const quiet: ScoreInput = {
  duplicateElsewhere: false,
  links: 0,
  words: 20,
  newAccount: false,
  flaggedWords: 0,
  external: null,
};

describe('spam/abuse scorer signals', () => {
  it('gives an ordinary post no signal at all', () => {
    expect(scoreSignals(quiet)).toEqual([]);
    expect(totalScore([])).toBe(0);
  });

  it('names and weighs each signal', () => {
    const cases: Array<[Partial<ScoreInput>, string[], number]> = [
      [{ duplicateElsewhere: true }, ['duplicate'], 0.7],
      [{ links: 3 }, ['many_links'], 0.5],
      [{ links: 1, words: 3 }, ['link_density'], 0.3],
      [{ links: 1, words: 20 }, [], 0],
      [{ newAccount: true }, ['new_account'], 0.3],
      [{ flaggedWords: 2 }, ['watched_words'], 0.3],
      [{ external: 0.42 }, ['external'], 0.42],
      [{ duplicateElsewhere: true, newAccount: true }, ['duplicate', 'new_account'], 1],
    ];
    for (const [input, names, total] of cases) {
      const signals = scoreSignals({ ...quiet, ...input });
      expect(signals.map((signal) => signal.signal)).toEqual(names);
      expect(totalScore(signals)).toBe(total);
    }
    expect(cases).toHaveLength(8);
  });

  it('treats bodies that differ only by spacing and case as the same', () => {
    expect(normaliseBody('  Achetez   MAINTENANT\n')).toBe(normaliseBody('achetez maintenant'));
    expect(wordCount(' un  deux\ttrois ')).toBe(3);
  });
});
