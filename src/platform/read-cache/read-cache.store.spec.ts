import { etagMatches } from '../../common/http/etag.js';
import { ReadCacheStore, type CachedResponse } from './read-cache.store.js';

const entry = (ticket: number, tags: string[], expiresAt: number | null = null): Omit<CachedResponse, 'etag'> => ({
  body: Buffer.from(`{"ticket":${ticket}}`),
  route: '/api/threads/:id/posts',
  tags,
  ticket,
  expiresAt,
});

describe('ReadCacheStore', () => {
  const serving = (limits: { maxTags?: number; maxAgeMs?: number } = {}) => {
    const store = new ReadCacheStore({ maxBytes: 1 << 20, ...limits });
    store.start();
    return store;
  };

  it('refuses the answer of a read that started before an invalidation of one of its tags', () => {
    const store = serving();
    const ticket = store.ticket(); // the read starts
    store.invalidate('thread:a'); // a write commits meanwhile, its NOTIFY arrives
    expect(store.set('k', entry(ticket, ['thread:a']))).toBeNull(); // the old answer must not be stored
    expect(store.get('k')).toBeUndefined();
    // Another thread's invalidation does not void it.
    const later = store.ticket();
    store.invalidate('thread:b');
    expect(store.set('k', entry(later, ['thread:a']))).not.toBeNull();
    expect(store.get('k')?.ticket).toBe(later);
  });

  it('drops a stored answer once any of its tags is invalidated, and only those', () => {
    const store = serving();
    store.set('article', entry(store.ticket(), ['article:x', 'thread:t', 'poll:p']));
    store.set('thread', entry(store.ticket(), ['thread:u']));
    store.invalidate('poll:p');
    expect(store.get('article')).toBeUndefined();
    expect(store.get('thread')).toBeDefined();
    store.invalidate('all');
    expect(store.get('thread')).toBeUndefined();
  });

  it('neither serves nor stores while stopped (LISTEN down), and voids everything across a stop', () => {
    const store = serving();
    const ticket = store.ticket();
    store.set('k', entry(ticket, ['thread:a']));
    store.stop();
    expect(store.get('k')).toBeUndefined();
    expect(store.set('k', entry(store.ticket(), ['thread:a']))).toBeNull();
    store.start();
    expect(store.get('k')).toBeUndefined();
    expect(store.set('k', entry(ticket, ['thread:a']))).toBeNull(); // read before the outage
    expect(store.set('k', entry(store.ticket(), ['thread:a']))).not.toBeNull();
  });

  it('still refuses old reads after their tag was forgotten (floor), and expires entries in time', () => {
    const store = serving({ maxTags: 2 });
    const ticket = store.ticket();
    for (const tag of ['thread:a', 'thread:b', 'thread:c']) store.invalidate(tag); // thread:a is forgotten
    expect(store.set('k', entry(ticket, ['thread:a']))).toBeNull();
    const now = Date.now();
    store.set('poll', entry(store.ticket(), ['poll:p'], now + 1000));
    expect(store.get('poll', now + 999)).toBeDefined();
    expect(store.get('poll', now + 1000)).toBeUndefined();
    const young = serving({ maxAgeMs: 1000 });
    const aged = young.set('x', entry(young.ticket(), ['thread:a']));
    expect(aged?.expiresAt).toBeGreaterThan(now);
    expect(aged!.expiresAt! - now).toBeLessThanOrEqual(1100);
  });

  it('gives the same strong ETag to the same bytes, and matches If-None-Match lists and weak forms', () => {
    const [a, b] = [serving(), serving()];
    const one = a.set('k', entry(a.ticket(), []))!;
    const two = b.set('k', entry(b.ticket(), []))!;
    expect(one.etag).toBe(two.etag);
    expect(etagMatches(`"x", W/${one.etag}`, one.etag)).toBe(true);
    expect(etagMatches('*', one.etag)).toBe(true);
    expect(etagMatches('"x"', one.etag)).toBe(false);
    expect(etagMatches(undefined, one.etag)).toBe(false);
    // A weak validator (every uncached body's) matches itself, with or without its W/.
    expect(etagMatches('W/"5-abc"', 'W/"5-abc"')).toBe(true);
    expect(etagMatches('"5-abc"', 'W/"5-abc"')).toBe(true);
    expect(etagMatches('W/"5-abd"', 'W/"5-abc"')).toBe(false);
  });
});
