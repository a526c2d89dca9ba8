import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Schema1795819302524 implements MigrationInterface {
  name = 'Schema1795819302524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // usernames, emails and watched words are unique ignoring case
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" citext, "email" citext, "display_name" character varying(64), "bio" character varying(2000) NOT NULL DEFAULT '', "role" character varying(16) NOT NULL DEFAULT 'reader', "status" character varying(16) NOT NULL DEFAULT 'active', "suspended_until" TIMESTAMP WITH TIME ZONE, "sanction_reason" character varying(500), "password_hash" character varying(255), "post_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE, "anonymized_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(300) NOT NULL, "summary" character varying(2000) NOT NULL DEFAULT '', "body" text NOT NULL, "body_html" text NOT NULL, "sources" jsonb NOT NULL DEFAULT '[]', "discussion_prompts" jsonb NOT NULL DEFAULT '[]', "related" jsonb NOT NULL DEFAULT '[]', "author_id" uuid NOT NULL, "revision" integer NOT NULL DEFAULT '1', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1123ff6815c5b8fec0ba9fec370" UNIQUE ("slug"), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6f7a13d016a867d93e90bcb1b6" ON "articles"  ("published_at") `);
    await queryRunner.query(
      `CREATE TABLE "article_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "note" character varying(2000) NOT NULL, "created_by_id" uuid, "error_report_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38dc5c31b66380110c447983c2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_513e2a945b722aaeba15f1e67c" ON "article_corrections"  ("article_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_91185d86d5d7557b19abbb2868b" UNIQUE ("token_hash"), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_52ac39dd8a28730c63aeb428c9" ON "password_reset_tokens"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id") `);
    await queryRunner.query(
      `CREATE TABLE "settings" ("key" character varying(64) NOT NULL, "value" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "post_count" integer NOT NULL DEFAULT '0', "last_post_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_fbba5d409f1ea138edd09f27df" UNIQUE ("article_id"), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid, "body" text NOT NULL, "html" text NOT NULL, "reply_to_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'visible', "moderation_reason" character varying(500), "score" integer NOT NULL DEFAULT '0', "upvotes" integer NOT NULL DEFAULT '0', "downvotes" integer NOT NULL DEFAULT '0', "flag_count" integer NOT NULL DEFAULT '0', "revision_count" integer NOT NULL DEFAULT '0', "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "posts_thread_number_key" UNIQUE ("thread_id", "number"), CONSTRAINT "posts_status_check" CHECK (status IN ('visible', 'pending', 'hidden', 'deleted')), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_312c63be865c81b922e39c2475" ON "posts"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "posts_thread_top_idx" ON "posts"  ("thread_id", "score", "number") `);
    await queryRunner.query(
      `CREATE TABLE "post_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(16) NOT NULL, "comment" character varying(1000), "outcome" character varying(16) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "post_flags_post_user_key" UNIQUE ("post_id", "user_id"), CONSTRAINT "post_flags_reason_check" CHECK (reason IN ('spam', 'abuse', 'off_topic', 'illegal', 'other')), CONSTRAINT "PK_5b8aeb4a2c7ffb5ef475d7da880" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4436774546c75ec5ac77fb1179" ON "post_flags"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "revision" integer NOT NULL, "previous_body" text NOT NULL, "body" text NOT NULL, "editor_id" uuid, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_revisions_post_revision_key" UNIQUE ("post_id", "revision"), CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "post_votes" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "value" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_votes_value_check" CHECK (value IN (-1, 1)), CONSTRAINT "PK_546801fe7213cc268591295ad83" PRIMARY KEY ("post_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37fb39fa2d813582024968ef26" ON "post_votes"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "error_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "article_revision" integer NOT NULL, "quote" character varying(1000) NOT NULL, "quote_offset" integer NOT NULL, "quote_hash" character(64) NOT NULL, "suggestion" character varying(2000), "comment" character varying(2000), "reporter_id" uuid, "reporter_email" character varying(320), "reporter_key" character varying(80) NOT NULL, "reported_on" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "duplicate_of_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "error_reports_dedup_key" UNIQUE ("article_id", "reporter_key", "quote_hash", "reported_on"), CONSTRAINT "error_reports_status_check" CHECK (status IN ('open', 'accepted', 'fixed', 'rejected', 'duplicate')), CONSTRAINT "PK_7ad997b17e029b745874a1a1eac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7de3307f71a938190f5523c566" ON "error_reports"  ("reporter_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6e588d3afeb15d3e7fc2ceb157" ON "error_reports"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1a296b7f57659d32f75a7d891e" ON "error_reports"  ("article_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "error_report_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "actor_id" uuid, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "note" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e8a7cd147432e5dc38f139ec84" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dcd444cb93d330afee4e18fd14" ON "error_report_events"  ("report_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_id" uuid, "actor_role" character varying(16), "action" character varying(48) NOT NULL, "target_type" character varying(24) NOT NULL, "target_id" character varying(64) NOT NULL, "reason" character varying(2000), "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_action_idx" ON "audit_log"  ("action", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "audit_log_target_idx" ON "audit_log"  ("target_type", "target_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log"  ("actor_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_recent_idx" ON "audit_log"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "moderation_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "subject_type" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "reasons" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "claimed_by_id" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, "resolution" character varying(32), "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_items_status_check" CHECK (status IN ('open', 'resolved')), CONSTRAINT "moderation_items_kind_check" CHECK (kind IN ('flagged', 'pending', 'error_report')), CONSTRAINT "PK_7553314431cdb0fe119568d0f22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_items_queue_idx" ON "moderation_items"  ("status", "kind", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "moderation_items_open_subject_key" ON "moderation_items"  ("subject_type", "subject_id") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_item_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "actor_id" uuid, "action" character varying(32) NOT NULL, "note" character varying(2000), "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6787eb1f305f6e98f7a9738f943" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6e110f14379037d1c81d7e7b67" ON "moderation_item_events"  ("item_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "watched_words" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pattern" citext NOT NULL, "action" character varying(20) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_21e53216cf1f20db005eb7d44bc" UNIQUE ("pattern"), CONSTRAINT "watched_words_action_check" CHECK (action IN ('block', 'require_approval', 'flag')), CONSTRAINT "PK_57b1b941d4b2fa87e36f3d4033d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_recent_idx" ON "notifications"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "question" character varying(500) NOT NULL, "mode" character varying(16) NOT NULL, "max_choices" integer NOT NULL DEFAULT '1', "closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "results_visibility" character varying(16) NOT NULL DEFAULT 'always', "allow_vote_change" boolean NOT NULL DEFAULT true, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "polls_max_choices_check" CHECK (max_choices >= 1), CONSTRAINT "polls_visibility_check" CHECK (results_visibility IN ('always', 'after_vote', 'after_close')), CONSTRAINT "polls_mode_check" CHECK (mode IN ('single', 'multiple')), CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fd4728634d439f661365f5f58e" ON "polls"  ("article_id") `);
    await queryRunner.query(
      `CREATE TABLE "poll_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "poll_ballots_poll_user_key" UNIQUE ("poll_id", "user_id"), CONSTRAINT "PK_c116cc444d34284e898ea4ae69a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "poll_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "position" smallint NOT NULL, "label" character varying(200) NOT NULL, CONSTRAINT "poll_options_id_poll_key" UNIQUE ("id", "poll_id"), CONSTRAINT "poll_options_poll_position_key" UNIQUE ("poll_id", "position"), CONSTRAINT "PK_f52aac4865d291e3658dedf9083" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "poll_choices" ("ballot_id" uuid NOT NULL, "option_id" uuid NOT NULL, "poll_id" uuid NOT NULL, CONSTRAINT "PK_b81b9f17ea5b961c8a184326871" PRIMARY KEY ("ballot_id", "option_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "poll_choices_option_idx" ON "poll_choices"  ("option_id") `);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_6515da4dff8db423ce4eb841490" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_corrections" ADD CONSTRAINT "FK_18eaa949e2651e75ddcc8962c85" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_corrections" ADD CONSTRAINT "FK_a9c53bd459861392b0511650483" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_fbba5d409f1ea138edd09f27dfb" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_89efae744488da3393177c9ccbf" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_77d932fee463f3a2985034ecec3" FOREIGN KEY ("reply_to_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flags" ADD CONSTRAINT "FK_48247840affd52d63dd1fcfa761" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flags" ADD CONSTRAINT "FK_4436774546c75ec5ac77fb11794" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "FK_21715fae1f647ae1e4b0741346a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "FK_d4cc016eff941f8be976ba83d2a" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_votes" ADD CONSTRAINT "FK_be565a04e47c8b846f6cc7fcac6" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_votes" ADD CONSTRAINT "FK_37fb39fa2d813582024968ef264" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "error_reports" ADD CONSTRAINT "FK_f3b63b56812ed1178917236c636" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "error_reports" ADD CONSTRAINT "FK_7de3307f71a938190f5523c566d" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "error_reports" ADD CONSTRAINT "FK_5f13a0b96560521ac7bf8a1a3f2" FOREIGN KEY ("duplicate_of_id") REFERENCES "error_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "error_report_events" ADD CONSTRAINT "FK_c04e59399086a0e58f16fa84a06" FOREIGN KEY ("report_id") REFERENCES "error_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "error_report_events" ADD CONSTRAINT "FK_ee24c062aa540b1c9f0cd8e5bc5" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_items" ADD CONSTRAINT "FK_52f20ae1770a2a89daa5935a9bb" FOREIGN KEY ("claimed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_items" ADD CONSTRAINT "FK_7e23e6dfa482da211c670f1f1ee" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item_events" ADD CONSTRAINT "FK_34bdc56734d90d1888cbdd0324b" FOREIGN KEY ("item_id") REFERENCES "moderation_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item_events" ADD CONSTRAINT "FK_6b34b6d6f1d971eebfd5584b7b5" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "watched_words" ADD CONSTRAINT "FK_377dc74e7f38dfe857dd9404dbb" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "FK_fd4728634d439f661365f5f58e7" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "FK_3c4bc0ee310e43db837c1db5a2b" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_ballots" ADD CONSTRAINT "FK_1ffc1683a418eb13b4b8f3f2ce5" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_ballots" ADD CONSTRAINT "FK_f261aac2adbe20163970d444cc0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_options" ADD CONSTRAINT "FK_c00cc693afceae746fa82c0a558" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_choices" ADD CONSTRAINT "FK_b6306dba365365385ab6228b465" FOREIGN KEY ("ballot_id") REFERENCES "poll_ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_choices" ADD CONSTRAINT "FK_52e4c0db9ce88e4e247eee2a3bb" FOREIGN KEY ("option_id", "poll_id") REFERENCES "poll_options"("id","poll_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // French, accent-insensitive full-text search (entities declare these with synchronize: false)
    await queryRunner.query(
      `CREATE INDEX "posts_search_idx" ON "posts" USING gin (to_tsvector('tribune_french'::regconfig, "body")) WHERE status = 'visible'`,
    );
    await queryRunner.query(
      `CREATE INDEX "articles_search_idx" ON "articles" USING gin (to_tsvector('tribune_french'::regconfig, "title" || ' ' || "summary" || ' ' || "body"))`,
    );
    // The audit log is append-only, whoever connects: the database refuses UPDATE, DELETE and TRUNCATE.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX IF EXISTS "articles_search_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "posts_search_idx"`);
    await queryRunner.query(`ALTER TABLE "poll_choices" DROP CONSTRAINT "FK_52e4c0db9ce88e4e247eee2a3bb"`);
    await queryRunner.query(`ALTER TABLE "poll_choices" DROP CONSTRAINT "FK_b6306dba365365385ab6228b465"`);
    await queryRunner.query(`ALTER TABLE "poll_options" DROP CONSTRAINT "FK_c00cc693afceae746fa82c0a558"`);
    await queryRunner.query(`ALTER TABLE "poll_ballots" DROP CONSTRAINT "FK_f261aac2adbe20163970d444cc0"`);
    await queryRunner.query(`ALTER TABLE "poll_ballots" DROP CONSTRAINT "FK_1ffc1683a418eb13b4b8f3f2ce5"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "FK_3c4bc0ee310e43db837c1db5a2b"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "FK_fd4728634d439f661365f5f58e7"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "watched_words" DROP CONSTRAINT "FK_377dc74e7f38dfe857dd9404dbb"`);
    await queryRunner.query(`ALTER TABLE "moderation_item_events" DROP CONSTRAINT "FK_6b34b6d6f1d971eebfd5584b7b5"`);
    await queryRunner.query(`ALTER TABLE "moderation_item_events" DROP CONSTRAINT "FK_34bdc56734d90d1888cbdd0324b"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "FK_7e23e6dfa482da211c670f1f1ee"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "FK_52f20ae1770a2a89daa5935a9bb"`);
    await queryRunner.query(`ALTER TABLE "error_report_events" DROP CONSTRAINT "FK_ee24c062aa540b1c9f0cd8e5bc5"`);
    await queryRunner.query(`ALTER TABLE "error_report_events" DROP CONSTRAINT "FK_c04e59399086a0e58f16fa84a06"`);
    await queryRunner.query(`ALTER TABLE "error_reports" DROP CONSTRAINT "FK_5f13a0b96560521ac7bf8a1a3f2"`);
    await queryRunner.query(`ALTER TABLE "error_reports" DROP CONSTRAINT "FK_7de3307f71a938190f5523c566d"`);
    await queryRunner.query(`ALTER TABLE "error_reports" DROP CONSTRAINT "FK_f3b63b56812ed1178917236c636"`);
    await queryRunner.query(`ALTER TABLE "post_votes" DROP CONSTRAINT "FK_37fb39fa2d813582024968ef264"`);
    await queryRunner.query(`ALTER TABLE "post_votes" DROP CONSTRAINT "FK_be565a04e47c8b846f6cc7fcac6"`);
    await queryRunner.query(`ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_d4cc016eff941f8be976ba83d2a"`);
    await queryRunner.query(`ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_21715fae1f647ae1e4b0741346a"`);
    await queryRunner.query(`ALTER TABLE "post_flags" DROP CONSTRAINT "FK_4436774546c75ec5ac77fb11794"`);
    await queryRunner.query(`ALTER TABLE "post_flags" DROP CONSTRAINT "FK_48247840affd52d63dd1fcfa761"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_77d932fee463f3a2985034ecec3"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_89efae744488da3393177c9ccbf"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_fbba5d409f1ea138edd09f27dfb"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"`);
    await queryRunner.query(`ALTER TABLE "article_corrections" DROP CONSTRAINT "FK_a9c53bd459861392b0511650483"`);
    await queryRunner.query(`ALTER TABLE "article_corrections" DROP CONSTRAINT "FK_18eaa949e2651e75ddcc8962c85"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_6515da4dff8db423ce4eb841490"`);
    await queryRunner.query(`DROP INDEX "public"."poll_choices_option_idx"`);
    await queryRunner.query(`DROP TABLE "poll_choices"`);
    await queryRunner.query(`DROP TABLE "poll_options"`);
    await queryRunner.query(`DROP TABLE "poll_ballots"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd4728634d439f661365f5f58e"`);
    await queryRunner.query(`DROP TABLE "polls"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_recent_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "watched_words"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e110f14379037d1c81d7e7b67"`);
    await queryRunner.query(`DROP TABLE "moderation_item_events"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_items_open_subject_key"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_items_queue_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_items"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_recent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_action_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dcd444cb93d330afee4e18fd14"`);
    await queryRunner.query(`DROP TABLE "error_report_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a296b7f57659d32f75a7d891e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e588d3afeb15d3e7fc2ceb157"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7de3307f71a938190f5523c566"`);
    await queryRunner.query(`DROP TABLE "error_reports"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37fb39fa2d813582024968ef26"`);
    await queryRunner.query(`DROP TABLE "post_votes"`);
    await queryRunner.query(`DROP TABLE "post_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4436774546c75ec5ac77fb1179"`);
    await queryRunner.query(`DROP TABLE "post_flags"`);
    await queryRunner.query(`DROP INDEX "public"."posts_thread_top_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_312c63be865c81b922e39c2475"`);
    await queryRunner.query(`DROP TABLE "posts"`);
    await queryRunner.query(`DROP TABLE "threads"`);
    await queryRunner.query(`DROP TABLE "settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ddc983c5f7bcf132fd8732c3f"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52ac39dd8a28730c63aeb428c9"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_513e2a945b722aaeba15f1e67c"`);
    await queryRunner.query(`DROP TABLE "article_corrections"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f7a13d016a867d93e90bcb1b6"`);
    await queryRunner.query(`DROP TABLE "articles"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
