import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { ErrorReport, type ErrorReportStatus } from './error-report.entity.js';

/** One transition of an error report: who, when, from → to, and a note. */
@Entity('error_report_events')
@Index(['reportId', 'createdAt'])
export class ErrorReportEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  reportId: string;

  @ManyToOne(() => ErrorReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<ErrorReport>;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User>;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ErrorReportStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: ErrorReportStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
