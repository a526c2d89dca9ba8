import { ProblemError } from '../../common/errors/problem.js';
import { decideFeature } from './post-features.service.js';

const post = (status: 'visible' | 'pending' | 'hidden' | 'deleted', featured: boolean) => ({
  id: 'p',
  thread_id: 't',
  number: 1,
  status,
  featured,
});

describe('decideFeature', () => {
  it('features a visible post once, and takes it back once', () => {
    expect(decideFeature(post('visible', false), true)).toBe('change');
    expect(decideFeature(post('visible', true), true)).toBe('unchanged');
    expect(decideFeature(post('visible', true), false)).toBe('change');
    expect(decideFeature(post('visible', false), false)).toBe('unchanged');
  });

  it.each(['pending', 'hidden', 'deleted'] as const)('refuses to feature a %s post (409)', (status) => {
    expect(() => decideFeature(post(status, false), true)).toThrow(ProblemError);
  });

  it('lets a featured post that was hidden since be taken back', () => {
    expect(decideFeature(post('hidden', true), false)).toBe('change');
  });
});
