import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AllowInactive, Authenticated, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { badRequest } from '../../common/errors/problem.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { decodeTimeIdCursor, PageQuery, toPage, type Page } from '../../common/pagination/cursor.js';
import { sqlAffected, sqlRows } from '../../database/sql.js';
import { MarkReadDto } from './dto/notifications.dto.js';
import { MarkReadResultDto, NotificationPageDto } from './dto/notifications.responses.js';
import type { NotificationKind } from './entities/notification.entity.js';
import './notifications.messages.js';

export interface NotificationResponse {
  id: string;
  kind: NotificationKind;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  data: Record<string, unknown>;
  read_at: Date | null;
  created_at: Date;
  /** created_at at full (microsecond) precision: a JS Date would truncate it and break the keyset. */
  created_key: string;
}

@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    operationId: 'listMyNotifications',
    summary: 'My notifications, newest first',
    description:
      'Replies to my posts, @mentions, my error reports resolved, my posts moderated; with the unread count.',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems({ 400: 'Bad limit or cursor' })
  async list(
    @CurrentUser() actor: Actor,
    @Query() query: PageQuery,
  ): Promise<Page<NotificationResponse> & { unreadCount: number }> {
    const limit = query.limit ?? 50;
    const parameters: unknown[] = [actor.id, limit + 1];
    let keyset = '';
    if (query.cursor) {
      parameters.push(...decodeTimeIdCursor(query.cursor));
      keyset = `AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    const [rows, [counted]] = await Promise.all([
      sqlRows<NotificationRow>(
        this.dataSource,
        `SELECT id, kind, data, read_at, created_at, (created_at AT TIME ZONE 'UTC')::text || '+00' AS created_key
           FROM notifications WHERE user_id = $1 ${keyset}
          ORDER BY created_at DESC, id DESC LIMIT $2`,
        parameters,
      ),
      sqlRows<{ unread: number }>(
        this.dataSource,
        `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
        [actor.id],
      ),
    ]);
    const page = toPage(
      rows,
      limit,
      (row) => ({
        id: row.id,
        kind: row.kind,
        data: row.data,
        readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
        createdAt: new Date(row.created_at).toISOString(),
      }),
      (row) => [row.created_key, row.id],
    );
    return { ...page, unreadCount: counted.unread };
  }

  @Post('read')
  @HttpCode(200)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({
    operationId: 'markMyNotificationsRead',
    summary: 'Mark some or all of my notifications read',
    description: "Exactly one of `{ids}` or `{all: true}`; ids of other users' notifications match nothing.",
  })
  @ApiOkResponse({ type: MarkReadResultDto })
  @ApiProblems({ 400: 'Neither or both of ids and all' })
  async markRead(
    @CurrentUser() actor: Actor,
    @Body() body: MarkReadDto,
  ): Promise<{ updated: number; unreadCount: number }> {
    if ((body.ids === undefined) === (body.all === undefined)) {
      throw badRequest('validation.failed', {}, [{ field: 'ids', code: 'notifications.ids_or_all' }]);
    }
    // Only the caller's own notifications: someone else's id simply matches nothing.
    const updated = body.all
      ? await sqlAffected(
          this.dataSource,
          `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
          [actor.id],
        )
      : await sqlAffected(
          this.dataSource,
          `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[])`,
          [actor.id, body.ids!.map((id) => id.toLowerCase())],
        );
    const [counted] = await sqlRows<{ unread: number }>(
      this.dataSource,
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [actor.id],
    );
    return { updated, unreadCount: counted.unread };
  }
}
