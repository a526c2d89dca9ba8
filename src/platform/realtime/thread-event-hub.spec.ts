import { parseThreadEvent, ThreadEventHub, type DeliveredEvent } from './thread-event-hub.js';

const THREAD = '0b0e6f3e-4c1a-4d5e-9f00-000000000001';
const OTHER = '0b0e6f3e-4c1a-4d5e-9f00-000000000002';

describe('parseThreadEvent', () => {
  it('accepts a well-formed event and strips post text', () => {
    expect(
      parseThreadEvent(
        JSON.stringify({
          id: 42,
          threadId: THREAD,
          type: 'post.created',
          data: { postId: 'p', number: 3, body: 'secret', html: '<p>secret</p>' },
        }),
      ),
    ).toEqual({ id: 42, threadId: THREAD, type: 'post.created', data: { postId: 'p', number: 3 } });
  });

  it.each([
    ['not json', '{'],
    ['empty', ''],
    ['unknown type', JSON.stringify({ id: 1, threadId: THREAD, type: 'post.deleted.everything', data: {} })],
    ['bad thread id', JSON.stringify({ id: 1, threadId: 'x', type: 'post.created', data: {} })],
    ['array data', JSON.stringify({ id: 1, threadId: THREAD, type: 'post.created', data: [] })],
    ['null', 'null'],
    ['no id', JSON.stringify({ threadId: THREAD, type: 'post.created', data: {} })],
    ['fractional id', JSON.stringify({ id: 1.5, threadId: THREAD, type: 'post.created', data: {} })],
    ['string id', JSON.stringify({ id: '7', threadId: THREAD, type: 'post.created', data: {} })],
  ])('drops a malformed payload (%s)', (_name, payload) => {
    expect(parseThreadEvent(payload)).toBeNull();
  });
});

describe('ThreadEventHub', () => {
  it('delivers to the subscribers of the event thread only, with their stored ids', () => {
    const hub = new ThreadEventHub();
    const received: DeliveredEvent[] = [];
    const other: DeliveredEvent[] = [];
    hub.subscribe(THREAD, (event) => received.push(event));
    hub.subscribe(OTHER, (event) => other.push(event));
    hub.dispatch({ id: 7, threadId: THREAD, type: 'post.created', data: { number: 1 } });
    hub.dispatch({ id: 8, threadId: THREAD, type: 'post.hidden', data: { number: 1 } });
    expect(received.map((event) => event.type)).toEqual(['post.created', 'post.hidden']);
    expect(received.map((event) => event.id)).toEqual([7, 8]);
    expect(received[0].data).toEqual({ threadId: THREAD, number: 1 });
    expect(other).toEqual([]);
  });

  it('forgets a subscriber once it unsubscribes', () => {
    const hub = new ThreadEventHub();
    const unsubscribe = hub.subscribe(THREAD, () => undefined);
    hub.subscribe(THREAD, () => undefined);
    expect(hub.subscriberCount(THREAD)).toBe(2);
    unsubscribe();
    unsubscribe();
    expect(hub.subscriberCount(THREAD)).toBe(1);
    expect(hub.subscriberCount()).toBe(1);
  });

  it('keeps delivering when one subscriber throws', () => {
    const hub = new ThreadEventHub();
    const received: DeliveredEvent[] = [];
    hub.subscribe(THREAD, () => {
      throw new Error('broken pipe');
    });
    hub.subscribe(THREAD, (event) => received.push(event));
    hub.dispatch({ id: 1, threadId: THREAD, type: 'thread.locked', data: {} });
    expect(received).toHaveLength(1);
  });

  it('sends resync to every open subscription', () => {
    const hub = new ThreadEventHub();
    const received: DeliveredEvent[] = [];
    hub.subscribe(THREAD, (event) => received.push(event));
    hub.subscribe(OTHER, (event) => received.push(event));
    hub.resyncAll();
    expect(received.map((event) => [event.type, event.id, event.data.threadId])).toEqual([
      ['resync', null, THREAD],
      ['resync', null, OTHER],
    ]);
  });
});
