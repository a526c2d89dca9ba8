import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../../common/openapi/page.dto.js';
import type { PostStatus } from '../entities/post.entity.js';
import type { ThreadStatus } from '../entities/thread.entity.js';
import type { AuthorBadge, PostAuthor, PostResponse } from '../posts.mapper.js';
import type { RevisionResponse, ThreadResponse, UserPostResponse } from '../posts.service.js';

const POST_STATUSES: PostStatus[] = ['visible', 'pending', 'hidden', 'deleted'];
const THREAD_STATUSES: ThreadStatus[] = ['open', 'locked'];

export class PostAuthorDto implements PostAuthor {
  @ApiProperty({ type: String, nullable: true, description: 'null for an erased account', example: 'marie_l' })
  username: string | null;
  @ApiProperty({ description: 'A neutral name ("Utilisateur supprimé") for an erased account', example: 'Marie L.' })
  displayName: string;
}

export class PostAuthorWithBadgeDto extends PostAuthorDto {
  @ApiProperty({
    type: String,
    enum: ['journalist', 'staff'],
    nullable: true,
    description: 'journalist for editors, staff for moderators and admins, else null',
  })
  badge: AuthorBadge;
}

export class PostReplyRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 }) number: number;
  @ApiProperty({ type: PostAuthorDto }) author: PostAuthorDto;
}

export class PostPermissionsDto {
  @ApiProperty({ description: 'The caller may edit this post now' }) canEdit: boolean;
  @ApiProperty({ description: 'The caller may delete this post' }) canDelete: boolean;
}

export class PostDto implements PostResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: '1, 2, 3 … within the thread, no gaps, no duplicates',
    example: 4,
  })
  number: number;
  @ApiProperty({ type: PostAuthorWithBadgeDto }) author: PostAuthorWithBadgeDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Markdown source; null in a placeholder (hidden, pending or deleted post the caller may not read)',
    example: 'Très bon article, mais le chiffre du chômage cité date de 2023.',
  })
  body: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'HTML rendered from the Markdown and sanitized by the server; null in a placeholder',
    example: '<p>Très bon article, mais le chiffre du chômage cité date de 2023.</p>',
  })
  html: string | null;
  @ApiProperty({ type: PostReplyRefDto, nullable: true }) replyTo: PostReplyRefDto | null;
  @ApiProperty({ enum: POST_STATUSES }) status: PostStatus;
  @ApiProperty({ description: 'Featured by the newsroom ("choix de la rédaction")' }) featured: boolean;
  @ApiProperty({ type: 'integer', example: 2 }) score: number;
  @ApiPropertyOptional({
    type: 'integer',
    enum: [1, -1],
    nullable: true,
    description: "Signed-in callers only: the caller's vote, null when none",
  })
  myVote?: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Moderators and admins only: why it was hidden' })
  moderationReason?: string | null;
  @ApiProperty({ type: PostPermissionsDto }) permissions: PostPermissionsDto;
}

export const PostPageDto = PageOf(PostDto, 'PostPage');

export class ThreadDto implements ThreadResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'reforme-des-retraites-ce-qui-change' }) articleSlug: string;
  @ApiProperty({ example: 'Réforme des retraites : ce qui change au 1er janvier' }) title: string;
  @ApiProperty({ enum: THREAD_STATUSES }) status: ThreadStatus;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Visible posts' }) postCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastPostAt: string | null;
}

export class RevisionEditorDto {
  @ApiProperty({ type: String, nullable: true }) username: string | null;
  @ApiProperty() displayName: string;
}

export class PostRevisionDto implements RevisionResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) revision: number;
  @ApiProperty({ description: 'The Markdown before this edit' }) previousBody: string;
  @ApiProperty({ description: 'The Markdown after this edit' }) body: string;
  @ApiProperty({ type: String, nullable: true, example: 'Coquille corrigée' }) reason: string | null;
  @ApiProperty({ type: RevisionEditorDto, nullable: true }) editor: RevisionEditorDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** GET /api/threads/{id}/featured: at most 100, newest featuring first; nextCursor is always null. */
export const FeaturedPostPageDto = PageOf(PostDto, 'FeaturedPostPage');

export class UserPostArticleDto {
  @ApiProperty({ example: 'Réforme des retraites : ce qui change au 1er janvier' }) title: string;
  @ApiProperty({ example: 'reforme-des-retraites-ce-qui-change' }) slug: string;
}

export class UserPostDto extends PostDto implements UserPostResponse {
  @ApiProperty({ type: UserPostArticleDto }) article: UserPostArticleDto;
}

export const UserPostPageDto = PageOf(UserPostDto, 'UserPostPage');
