import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PollBallot } from './poll-ballot.entity.js';
import { PollOption } from './poll-option.entity.js';

/**
 * An option chosen on a ballot. The composite foreign key (option_id, poll_id)
 * makes choosing another poll's option impossible in the database itself.
 */
@Entity('poll_choices')
@Index('poll_choices_option_idx', ['optionId'])
export class PollChoice {
  @PrimaryColumn('uuid')
  ballotId: string;

  @ManyToOne(() => PollBallot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: Relation<PollBallot>;

  @PrimaryColumn('uuid')
  optionId: string;

  @Column('uuid')
  pollId: string;

  @ManyToOne(() => PollOption, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'option_id', referencedColumnName: 'id' },
    { name: 'poll_id', referencedColumnName: 'pollId' },
  ])
  option?: Relation<PollOption>;
}
