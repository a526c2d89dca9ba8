import { SearchConfiguration1764280000000 } from './1764280000000-SearchConfiguration.js';
import { Schema1795819302524 } from './1795819302524-Schema.js';
import { PostsTopIndexOrder1795821876652 } from './1795821876652-PostsTopIndexOrder.js';
import { PostSearchVector1795900000000 } from './1795900000000-PostSearchVector.js';
import { JobQueue1796025876561 } from './1796025876561-JobQueue.js';
import { SsoIdentities1796026043854 } from './1796026043854-SsoIdentities.js';
import { ApiKeys1796026307795 } from './1796026307795-ApiKeys.js';
import { NewsroomArticles1796026387868 } from './1796026387868-NewsroomArticles.js';
import { VisiblePostCount1796027596644 } from './1796027596644-VisiblePostCount.js';
import { ReadersFeatured1796027971987 } from './1796027971987-ReadersFeatured.js';
import { TwoFactor1796028177971 } from './1796028177971-TwoFactor.js';
import { RefreshTokenRevokedReason1796028185442 } from './1796028185442-RefreshTokenRevokedReason.js';
import { AdminUserSearchTrigram1796028185443 } from './1796028185443-AdminUserSearchTrigram.js';
import { BoundedSearchParsing1796028851780 } from './1796028851780-BoundedSearchParsing.js';
import { EventTickets1796029303969 } from './1796029303969-EventTickets.js';
import { DigitalServicesAct1796029319869 } from './1796029319869-DigitalServicesAct.js';
import { ModerationInDepth1796029649359 } from './1796029649359-ModerationInDepth.js';
import { ReadCacheInvalidation1796030095146 } from './1796030095146-ReadCacheInvalidation.js';
import { Webhooks1796031612525 } from './1796031612525-Webhooks.js';
import { ThreadEvents1796032073757 } from './1796032073757-ThreadEvents.js';
import { Imports1796032233533 } from './1796032233533-Imports.js';
import { ReaderMail1796032767558 } from './1796032767558-ReaderMail.js';
import { WebhookSecretLength1796033400000 } from './1796033400000-WebhookSecretLength.js';
import { ModerationResolvedIndex1796034000000 } from './1796034000000-ModerationResolvedIndex.js';

/** Every migration, oldest first. A test checks that each file in this folder is listed. */
export const migrations: Function[] = [
  SearchConfiguration1764280000000,
  Schema1795819302524,
  PostsTopIndexOrder1795821876652,
  PostSearchVector1795900000000,
  JobQueue1796025876561,
  SsoIdentities1796026043854,
  ApiKeys1796026307795,
  NewsroomArticles1796026387868,
  VisiblePostCount1796027596644,
  ReadersFeatured1796027971987,
  TwoFactor1796028177971,
  RefreshTokenRevokedReason1796028185442,
  AdminUserSearchTrigram1796028185443,
  BoundedSearchParsing1796028851780,
  EventTickets1796029303969,
  DigitalServicesAct1796029319869,
  ModerationInDepth1796029649359,
  ReadCacheInvalidation1796030095146,
  Webhooks1796031612525,
  ThreadEvents1796032073757,
  Imports1796032233533,
  ReaderMail1796032767558,
  WebhookSecretLength1796033400000,
  ModerationResolvedIndex1796034000000,
];
