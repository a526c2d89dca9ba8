import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language } from '../../common/i18n/messages.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import type { PreferencesDto, UpdatePreferencesDto } from './dto/preferences.dto.js';

/** The mail kinds a user can turn off, each with its preference column. */
export const MAIL_KINDS = {
  reply: 'email_on_reply',
  mention: 'email_on_mention',
  reportResolved: 'email_on_report_resolved',
  moderation: 'email_on_moderation',
} as const;
export type MailKind = keyof typeof MAIL_KINDS;

const COLUMNS: Record<keyof PreferencesDto, string> = {
  emailOnReply: MAIL_KINDS.reply,
  emailOnMention: MAIL_KINDS.mention,
  emailOnReportResolved: MAIL_KINDS.reportResolved,
  emailOnModeration: MAIL_KINDS.moderation,
};

interface PreferencesRow {
  email_on_reply: boolean;
  email_on_mention: boolean;
  email_on_report_resolved: boolean;
  email_on_moderation: boolean;
}

const DEFAULTS: PreferencesRow = {
  email_on_reply: true,
  email_on_mention: true,
  email_on_report_resolved: true,
  email_on_moderation: true,
};

const toDto = (row: PreferencesRow): PreferencesDto => ({
  emailOnReply: row.email_on_reply,
  emailOnMention: row.email_on_mention,
  emailOnReportResolved: row.email_on_report_resolved,
  emailOnModeration: row.email_on_moderation,
});

/**
 * Mail preferences and mail language, one row per user in
 * notification_preferences (absent: every default). Only this module writes it.
 */
@Injectable()
export class PreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<PreferencesDto> {
    const [row] = await sqlRows<PreferencesRow>(
      this.dataSource,
      `SELECT email_on_reply, email_on_mention, email_on_report_resolved, email_on_moderation
         FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return toDto(row ?? DEFAULTS);
  }

  /** Sets the given switches (the others keep their value); one upsert. */
  async update(userId: string, changes: UpdatePreferencesDto): Promise<PreferencesDto> {
    const entries = (Object.keys(COLUMNS) as Array<keyof PreferencesDto>).filter((key) => changes[key] !== undefined);
    if (entries.length === 0) return this.get(userId);
    return this.set(this.dataSource, userId, Object.fromEntries(entries.map((key) => [COLUMNS[key], changes[key]!])));
  }

  /**
   * The preferences of a live account, locked for the caller's transaction
   * (null for an unknown or erased account).
   */
  async getFor(manager: EntityManager, userId: string): Promise<PreferencesDto | null> {
    const [user] = await sqlRows<{ id: string }>(
      manager,
      `SELECT id FROM users WHERE id = $1 AND anonymized_at IS NULL FOR SHARE`,
      [userId],
    );
    if (!user) return null;
    const [row] = await sqlRows<PreferencesRow>(
      manager,
      `SELECT email_on_reply, email_on_mention, email_on_report_resolved, email_on_moderation
         FROM notification_preferences WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    return toDto(row ?? DEFAULTS);
  }

  /** Turns one kind of mail off (the unsubscribe link). */
  async turnOff(db: Queryable, userId: string, kind: MailKind): Promise<PreferencesDto> {
    return this.set(db, userId, { [MAIL_KINDS[kind]]: false });
  }

  /**
   * Remembers the language of the user's mails, from the Accept-Language they
   * sent (nothing when they sent none). Written only when it changed.
   */
  async rememberLanguage(userId: string, acceptLanguage: string | undefined, language: Language): Promise<void> {
    if (!acceptLanguage) return;
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, language) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, updated_at = now()
        WHERE notification_preferences.language IS DISTINCT FROM excluded.language`,
      [userId, language],
    );
  }

  private async set(db: Queryable, userId: string, values: Record<string, boolean>): Promise<PreferencesDto> {
    const columns = Object.keys(values);
    const placeholders = columns.map((_, index) => `$${index + 2}`);
    const updates = columns.map((column) => `${column} = excluded.${column}`);
    const [row] = await sqlRows<PreferencesRow>(
      db,
      `INSERT INTO notification_preferences (user_id, ${columns.join(', ')}) VALUES ($1, ${placeholders.join(', ')})
       ON CONFLICT (user_id) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
       RETURNING email_on_reply, email_on_mention, email_on_report_resolved, email_on_moderation`,
      [userId, ...Object.values(values)],
    );
    return toDto(row);
  }
}
