import { MAX_ATTEMPTS, retryDelayMs } from './webhook-events.js';

describe('webhook retry schedule', () => {
  it('grows, and spans at least 5 attempts over at least 10 minutes at the default base', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => retryDelayMs(index + 1, 1000));
    expect(delays).toEqual([5_000, 20_000, 80_000, 320_000, 1_280_000, 5_120_000, 20_480_000]);
    // The 6th attempt (5 retries) already comes more than 10 minutes after the first.
    expect(delays.slice(0, 5).reduce((sum, delay) => sum + delay, 0)).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it('scales with the base (tests use a small one)', () => {
    expect(retryDelayMs(1, 2)).toBe(10);
    expect(retryDelayMs(3, 2)).toBe(160);
  });
});
