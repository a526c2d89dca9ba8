import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { conflict, notFound } from '../../common/errors/problem.js';
import type { Language } from '../../common/i18n/messages.js';
import { sqlRows } from '../../database/sql.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import type { PostStatus } from './entities/post.entity.js';
import type { PostResponse } from './posts.mapper.js';
import { PostsService } from './posts.service.js';

interface FeatureTarget {
  id: string;
  thread_id: string;
  number: number;
  status: PostStatus;
  featured: boolean;
}

/** What featuring (or unfeaturing) does to a post: nothing, or a change; refused when it cannot be featured. */
export function decideFeature(post: FeatureTarget, featured: boolean): 'unchanged' | 'change' {
  if (post.featured === featured) return 'unchanged';
  if (featured && post.status !== 'visible') throw conflict('discussions.feature_not_visible');
  return 'change';
}

/**
 * "Choix de la rédaction": editors, moderators and admins feature a visible post
 * (or take it back). Steps: load the post under a row lock → decide (pure) →
 * apply the change, ONE audit entry and the `post.featured` thread event in one
 * transaction. Featuring twice changes nothing and records nothing.
 */
@Injectable()
export class PostFeaturesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  async setFeatured(actor: Actor, postId: string, featured: boolean, language: Language): Promise<PostResponse> {
    await this.dataSource.transaction(async (manager) => {
      const [post] = await sqlRows<FeatureTarget>(
        manager,
        `SELECT id, thread_id, number, status, featured_at IS NOT NULL AS featured FROM posts WHERE id = $1 FOR UPDATE`,
        [postId],
      );
      if (!post) throw notFound();
      if (decideFeature(post, featured) === 'change') await this.apply(manager, actor, post, featured);
    });
    const row = await this.posts.getPostRow(postId, this.dataSource, actor.id);
    return this.posts.toResponse(row!, actor, language);
  }

  private async apply(manager: EntityManager, actor: Actor, post: FeatureTarget, featured: boolean): Promise<void> {
    await manager.query(
      featured
        ? `UPDATE posts SET featured_at = now(), featured_by_id = $2 WHERE id = $1`
        : `UPDATE posts SET featured_at = NULL, featured_by_id = NULL WHERE id = $1`,
      featured ? [post.id, actor.id] : [post.id],
    );
    await this.audit.record(manager, actor, {
      action: featured ? 'post.feature' : 'post.unfeature',
      targetType: 'post',
      targetId: post.id,
      before: { featured: post.featured },
      after: { featured },
    });
    await this.realtime.publish(
      { threadId: post.thread_id, type: 'post.featured', data: { id: post.id, number: post.number, featured } },
      manager,
    );
  }
}
