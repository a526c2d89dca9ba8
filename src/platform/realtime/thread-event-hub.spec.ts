import { parseThreadEvent, ThreadEventHub, type DeliveredEvent } from './thread-event-hub.js';

const THREAD = '0b0e6f3e-4c1a-4d5e-9f00-000000000001';
const OTHER = '0b0e6f3e-4c1a-4d5e-9f00-000000000002';

describe('parseThreadEvent', () => {
  it('accepts a well-formed event and strips post text', () => {
    expect(
      parseThreadEvent(
        JSON.stringify({
          threadId: THREAD,
          type: 'post.created',
          data: { postId: 'p', number: 3, body: 'secret', html: '<p>secret</p>' },
        }),
      ),
    ).toEqual({ threadId: THREAD, type: 'post.created', data: { postId: 'p', number: 3 } });
  });

  it.each([
    ['not json', '{'],
    ['empty', ''],
    ['unknown type', JSON.stringify({ threadId: THREAD, type: 'post.deleted.everything', data: {} })],
    ['bad thread id', JSON.stringify({ threadId: 'x', type: 'post.created', data: {} })],
    ['array data', JSON.stringify({ threadId: THREAD, type: 'post.created', data: [] })],
    ['null', 'null'],
  ])('drops a malformed payload (%s)', (_name, payload) => {
    expect(parseThreadEvent(payload)).toBeNull();
  });
});

describe('ThreadEventHub', () => {
  it('delivers to the subscribers of the event thread only, with increasing ids', () => {
    const hub = new ThreadEventHub();
    const received: DeliveredEvent[] = [];
    const other: DeliveredEvent[] = [];
    hub.subscribe(THREAD, (event) => received.push(event));
    hub.subscribe(OTHER, (event) => other.push(event));
    hub.dispatch({ threadId: THREAD, type: 'post.created', data: { number: 1 } });
    hub.dispatch({ threadId: THREAD, type: 'post.hidden', data: { number: 1 } });
    expect(received.map((event) => event.type)).toEqual(['post.created', 'post.hidden']);
    expect(received[1].id).toBeGreaterThan(received[0].id);
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
    hub.dispatch({ threadId: THREAD, type: 'thread.locked', data: {} });
    expect(received).toHaveLength(1);
  });

  it('sends resync to every open subscription', () => {
    const hub = new ThreadEventHub();
    const received: DeliveredEvent[] = [];
    hub.subscribe(THREAD, (event) => received.push(event));
    hub.subscribe(OTHER, (event) => received.push(event));
    hub.resyncAll();
    expect(received.map((event) => [event.type, event.data.threadId])).toEqual([
      ['resync', THREAD],
      ['resync', OTHER],
    ]);
  });
});
