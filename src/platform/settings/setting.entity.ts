import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A live setting (moderation thresholds, edit window, rate limits); env gives defaults. */
@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
