import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Poll } from './poll.entity.js';

/** An answer of a poll. (id, poll_id) is unique so choices can reference both. */
@Entity('poll_options')
@Unique('poll_options_poll_position_key', ['pollId', 'position'])
@Unique('poll_options_id_poll_key', ['id', 'pollId'])
export class PollOption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  pollId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Relation<Poll>;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;
}
