import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Post } from '../../discussions/entities/post.entity.js';
import { User } from '../../users/entities/user.entity.js';

/**
 * One row per post an import created, keyed by where it came from: running the
 * same import again finds every post here and adds nothing twice.
 */
@Entity('imported_posts')
export class ImportedPost {
  /** `disqus` or `wordpress`. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  source: string;

  /** The post's id in the export (Disqus `dsq:id`, WordPress `wp:comment_id`). */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  externalId: string;

  @Column('uuid')
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;
}

/** The placeholder account made for an author of an export, found again by the same key on later runs. */
@Entity('import_authors')
export class ImportAuthor {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  source: string;

  /** `u:<username>`, `e:<email>` or `n:<name>`, lower-cased. */
  @PrimaryColumn({ type: 'varchar', length: 400 })
  authorKey: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;
}
