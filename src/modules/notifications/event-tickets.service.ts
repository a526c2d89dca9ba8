import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashToken, newOpaqueToken } from '../../common/crypto/opaque-token.js';
import { unauthorized } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';

/** A ticket opens one stream within this many seconds of its issue. */
export const EVENT_TICKET_TTL_SECONDS = 60;

/**
 * One-time tickets for `GET /api/me/events` (an EventSource cannot send an
 * Authorization header, and an access token in a URL would end up in logs).
 * Stored as SHA-256; redeeming is one `DELETE … RETURNING`, so a ticket opens
 * at most one stream, whichever instance it reaches.
 */
@Injectable()
export class EventTicketsService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(userId: string): Promise<{ ticket: string; expiresIn: number }> {
    const ticket = newOpaqueToken();
    await this.dataSource.query(
      `WITH pruned AS (DELETE FROM event_tickets WHERE expires_at < now() - interval '1 hour')
       INSERT INTO event_tickets (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [hashToken(ticket), userId, EVENT_TICKET_TTL_SECONDS],
    );
    return { ticket, expiresIn: EVENT_TICKET_TTL_SECONDS };
  }

  /** The user a ticket was issued to; 401 when it is unknown, used or expired (and nothing changes). */
  async redeem(ticket: string | undefined): Promise<string> {
    if (typeof ticket !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(ticket)) {
      throw unauthorized('notifications.ticket_invalid');
    }
    const [row] = await sqlRows<{ user_id: string }>(
      this.dataSource,
      `DELETE FROM event_tickets
        WHERE token_hash = $1 AND expires_at > now()
          AND user_id IN (SELECT id FROM users WHERE anonymized_at IS NULL)
        RETURNING user_id`,
      [hashToken(ticket)],
    );
    if (!row) throw unauthorized('notifications.ticket_invalid');
    return row.user_id;
  }
}
