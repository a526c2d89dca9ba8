import type { Language } from '../../common/i18n/messages.js';
import { sqlRows, type Queryable } from '../../database/sql.js';

/** Where, and in which language, Tribune writes to an account. */
export interface MailRecipient {
  email: string;
  displayName: string;
  /** The language chosen in the notification preferences, or null when never chosen. */
  language: Language | null;
}

/**
 * The one lookup of a mail's recipient, for every feature that writes to an
 * account (notification digests, DSA statements of reasons and appeal outcomes):
 * no address once the account is erased or has none.
 */
export class MailRecipientsRepository {
  static async find(db: Queryable, userId: string): Promise<MailRecipient | null> {
    const [row] = await sqlRows<{ email: string; display_name: string; language: Language | null }>(
      db,
      `SELECT u.email::text AS email, coalesce(u.display_name, u.username::text) AS display_name, np.language
         FROM users u LEFT JOIN notification_preferences np ON np.user_id = u.id
        WHERE u.id = $1 AND u.anonymized_at IS NULL AND u.email IS NOT NULL`,
      [userId],
    );
    return row ? { email: row.email, displayName: row.display_name, language: row.language } : null;
  }
}
