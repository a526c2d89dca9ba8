import { SetMetadata } from '@nestjs/common';
import type { RateLimitBucket } from './rate-limit.service.js';

export const RATE_LIMIT = 'tribune:rateLimit';

/** Limits this route per client IP (per-account limits are applied in the services). */
export const RateLimit = (bucket: RateLimitBucket) => SetMetadata(RATE_LIMIT, bucket);
