import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { Post } from './post.entity.js';

/** The body of a post as it was before one edit, with who edited it and why. */
@Entity('post_revisions')
@Unique('post_revisions_post_revision_key', ['postId', 'revision'])
export class PostRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  /** 1 for the first edit, 2 for the second … */
  @Column({ type: 'integer' })
  revision: number;

  /** The body before this edit. */
  @Column({ type: 'text' })
  previousBody: string;

  /** The body after this edit. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  editorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'editor_id' })
  editor?: Relation<User>;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
