import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every thread event, written in the same statement as its NOTIFY (so in the
 * writer's transaction) and kept 10 minutes: a client reconnecting with
 * `Last-Event-ID` gets what it missed, whichever instance it reaches. The id
 * is the SSE `id:`. Written only by platform/realtime.
 */
@Entity('thread_events')
@Index('thread_events_thread_idx', ['threadId', 'id'])
@Index('thread_events_created_idx', ['createdAt'])
export class ThreadEventRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** No foreign key: an event outlives nothing, and the write must stay cheap. */
  @Column({ type: 'uuid' })
  threadId: string;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
