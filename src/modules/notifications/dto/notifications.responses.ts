import { ApiProperty } from '@nestjs/swagger';
import type { NotificationKind } from '../entities/notification.entity.js';

const KINDS: NotificationKind[] = [
  'post.reply',
  'post.mention',
  'post.moderated',
  'flag.outcome',
  'error_report.resolved',
];

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: KINDS }) kind: NotificationKind;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the notification is about (ids, thread, article, excerpt), depending on kind',
    example: { postId: '5f0c…', threadId: '9a1e…', number: 12, by: 'marie_l' },
  })
  data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Opaque cursor of the next page, null on the last page' })
  nextCursor: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Unread notifications in all' }) unreadCount: number;
}

export class MarkReadResultDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Notifications marked read by this call' }) updated: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) unreadCount: number;
}

export class EventTicketDto {
  @ApiProperty({ description: 'Pass it as GET /api/me/events?ticket= within expiresIn seconds; used once' })
  ticket: string;
  @ApiProperty({ type: 'integer', description: 'Seconds', example: 60 }) expiresIn: number;
}
