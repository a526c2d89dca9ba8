import { Injectable } from '@nestjs/common';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { EventHub, isPlainObject, parseJsonObject } from './event-hub.js';

export type UserEventType = 'notification.created';
export const USER_EVENT_TYPES: readonly UserEventType[] = ['notification.created'];

/** A live event for one user (their own stream, `GET /api/me/events`). */
export interface UserEvent {
  userId: string;
  type: UserEventType;
  data: Record<string, unknown>;
}

/** The PostgreSQL channel of per-user events. */
export const USER_EVENTS_CHANNEL = 'tribune_user_events';

/** Checks a NOTIFY payload; anything malformed is dropped (null), never thrown. */
export function parseUserEvent(payload: string | undefined): UserEvent | null {
  const value = parseJsonObject(payload);
  if (
    value &&
    isUuid(value.userId) &&
    USER_EVENT_TYPES.includes(value.type as UserEventType) &&
    isPlainObject(value.data)
  ) {
    return { userId: (value.userId as string).toLowerCase(), type: value.type as UserEventType, data: value.data };
  }
  return null;
}

/** The hub of per-user events, keyed by user id. */
@Injectable()
export class UserEventHub extends EventHub {
  dispatch(event: UserEvent): void {
    this.deliverTo(event.userId, event.type, event.data);
  }
}
