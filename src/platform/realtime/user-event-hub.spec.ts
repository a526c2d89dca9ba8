import { parseUserEvent, UserEventHub } from './user-event-hub.js';
import type { DeliveredEvent } from './event-hub.js';

const USER = '0b0e6f3e-4c1a-4d5e-9f00-000000000001';
const OTHER = '0b0e6f3e-4c1a-4d5e-9f00-000000000002';

describe('UserEventHub', () => {
  it('parses a notification event and drops malformed ones', () => {
    const event = { userId: USER, type: 'notification.created', data: { id: 'n', type: 'post.reply' } };
    expect(parseUserEvent(JSON.stringify(event))).toEqual(event);
    expect(parseUserEvent(JSON.stringify({ ...event, type: 'post.created' }))).toBeNull();
    expect(parseUserEvent(JSON.stringify({ ...event, userId: 'x' }))).toBeNull();
    expect(parseUserEvent(JSON.stringify({ ...event, data: [] }))).toBeNull();
    expect(parseUserEvent('{')).toBeNull();
  });

  it("delivers a user's events to that user's streams only", () => {
    const hub = new UserEventHub();
    const mine: DeliveredEvent[] = [];
    const theirs: DeliveredEvent[] = [];
    hub.subscribe(USER, (event) => mine.push(event));
    hub.subscribe(OTHER, (event) => theirs.push(event));
    hub.dispatch({ userId: USER, type: 'notification.created', data: { id: 'n' } });
    expect(mine).toEqual([{ id: 1, type: 'notification.created', data: { id: 'n' } }]);
    expect(theirs).toEqual([]);
  });
});
