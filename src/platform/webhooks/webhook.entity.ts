import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A newsroom endpoint that receives signed events (Standard Webhooks). The
 * secret signs every delivery, so it is kept encrypted (AES-256-GCM,
 * `v1:<iv>:<tag>:<ciphertext>`, see WebhookSecretBox), not hashed; a removed webhook is
 * kept with `deletedAt` so pending deliveries can tell it is gone.
 */
@Entity('webhooks')
export class Webhook {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'varchar', length: 200 })
  secret: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
