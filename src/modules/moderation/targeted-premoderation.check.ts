import { Inject, Injectable } from '@nestjs/common';
import { isStaff } from '../../common/auth/decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { PostCheck, PostDraft, PostVerdict } from '../discussions/post-pipeline.types.js';
import { addToQueue } from './moderation-post-check.js';

/** An account is new for its first week (the PREMODERATE_LINKS=new_accounts rule and the scorer's signal). */
export const NEW_ACCOUNT_MS = 7 * 86_400_000;

/** Links as a reader would see them: URLs, www. hosts and Markdown links. */
const LINK = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*|\]\(\s*[^)\s]+\s*\)/gi;

export function countLinks(body: string): number {
  return body.match(LINK)?.length ?? 0;
}

export function isNewAccount(actor: { createdAt: Date }, now = Date.now()): boolean {
  return now - new Date(actor.createdAt).getTime() < NEW_ACCOUNT_MS;
}

/**
 * Pre-moderation aimed at one user (`/api/moderation/users/:id/premoderate`)
 * and at links (`PREMODERATE_LINKS`): such new posts wait for approval, with
 * the reason in their queue item. Staff are exempt, as from every pre-moderation.
 */
@Injectable()
export class TargetedPremoderationCheck implements PostCheck {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(draft: PostDraft, verdict: PostVerdict): Promise<void> {
    if (draft.isEdit || isStaff(draft.actor)) return Promise.resolve();
    // Read with the user by the access guard (one statement per request, not one more per post).
    if (draft.actor.premoderated) {
      verdict.status = 'pending';
      addToQueue(verdict, 'pending', { userPremoderation: true });
    }
    const mode = this.config.PREMODERATE_LINKS;
    const links = mode === 'off' ? 0 : countLinks(draft.body);
    if (links > 0 && (mode === 'all' || isNewAccount(draft.actor))) {
      verdict.status = 'pending';
      addToQueue(verdict, 'pending', { links });
    }
    return Promise.resolve();
  }
}
