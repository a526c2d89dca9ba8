import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsIP,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toFloat = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

/**
 * Every environment variable Tribune reads, validated once at boot so that a
 * typo refuses to start instead of failing at 3 a.m. README's table mirrors this class.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The address to listen on: every IPv4 interface by default (Fastify alone would pick localhost only). */
  @IsIP()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  /** Comma-separated read replicas for lag-tolerant reads. */
  @Transform(toList)
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false }, { each: true })
  DATABASE_READ_URLS: string[] = [];

  @IsString()
  @MinLength(1)
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_MAX = 10;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS = 10000;

  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL?: string;

  /** Prefix of the rate-limit counter keys in Redis, so that deployments (or test runs) can share one Redis. */
  @IsString()
  @MinLength(1)
  RATE_LIMIT_REDIS_PREFIX = 'tribune:rl:';

  /** Required in production; a fixed development secret otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TTL_SECONDS = 30 * 86400;

  /** Required when NODE_ENV=production (mailed links point there); localhost otherwise. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL?: string = undefined;

  /**
   * Which proxies may set X-Forwarded-For (and so the client IP every per-IP limit
   * counts): none by default; `loopback`, `linklocal`, `uniquelocal`, addresses or CIDR
   * ranges (comma-separated), or a number of hops. Checked by `trustProxyProblem`.
   */
  @IsString()
  TRUST_PROXY = 'none';

  /** How long a client may take to send a whole request (headers and body). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(300000)
  HTTP_REQUEST_TIMEOUT_MS = 30000;

  /** How long a client may take to send the request headers. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(300000)
  HTTP_HEADERS_TIMEOUT_MS = 10000;

  /**
   * Origins (comma-separated, e.g. `https://www.journal.fr`) of the news sites
   * that embed the widget and may call the API from the browser (CORS).
   */
  @Transform(toList)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true })
  CORS_ORIGINS: string[] = [];

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Tribune <no-reply@tribune.local>';

  @IsString()
  @MinLength(1)
  MAIL_DIR = '.data/mail';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  FLAG_HIDE_THRESHOLD = 3;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  PREMODERATE_FIRST_POSTS = 0;

  /**
   * A post whose spam/abuse score reaches this waits for approval. 0 (the default) turns the
   * scorer off: on, it costs a post by a new or link-heavy account one more statement.
   */
  @Transform(toFloat)
  @Min(0)
  @Max(100)
  SCORE_QUEUE_THRESHOLD = 0;

  /** A newsroom's own scorer (JSON in/out, see README), asked for every new post; fail-open. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  SCORER_URL?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(10000)
  SCORER_TIMEOUT_MS = 1500;

  /** Hold posts containing links for approval: from nobody, from accounts under 7 days old, or from everyone. */
  @IsIn(['off', 'new_accounts', 'all'])
  PREMODERATE_LINKS: 'off' | 'new_accounts' | 'all' = 'off';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(525600)
  EDIT_WINDOW_MINUTES = 0;

  /** Default of the live setting requireStaffTwoFactor: staff routes refused to staff without 2FA. */
  @Transform(toBool)
  @IsBoolean()
  REQUIRE_STAFF_TWO_FACTOR = false;

  @Transform(toFloat)
  @IsPositive()
  @Max(100000)
  RATE_LIMIT_FACTOR = 1;

  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_LOGIN_PER_MINUTE = 10;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_REGISTER_PER_HOUR = 10;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_FORGOT_PER_HOUR = 5;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_POSTS_PER_MINUTE = 10;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_FLAGS_PER_HOUR = 30;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_VOTES_PER_MINUTE = 60;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_ERROR_REPORTS_PER_HOUR = 10;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_SEARCH_PER_MINUTE = 60;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_DSA_NOTICES_PER_HOUR = 10;
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_VERIFY_EMAIL_PER_HOUR = 5;

  /** Open Server-Sent Events streams per client IP on one instance; the next one gets 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  SSE_MAX_STREAMS_PER_IP = 20;

  /** Seconds a draining instance keeps answering before closing (load balancer grace). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120)
  SHUTDOWN_GRACE_SECONDS = 0;

  /** Whether this instance runs background job workers (webhook deliveries, mail, scheduled closes). */
  @Transform(toBool)
  @IsBoolean()
  JOBS_WORKER = true;

  /** How often an idle job worker asks PostgreSQL for work (at least 500 ms). */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(60000)
  JOBS_POLL_INTERVAL_MS = 2000;

  /** Scales the delays between webhook delivery attempts (5×, 20×, 80× … this, 8 attempts over ~7.5 h at 1000). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600000)
  WEBHOOK_RETRY_BASE_MS = 1000;

  /**
   * Webhook targets on private, loopback or link-local addresses are refused unless this is
   * `true`, or a comma-separated list of the addresses/CIDRs allowed (e.g. `10.0.5.0/24`).
   */
  @IsString()
  @Matches(/^(true|false|[0-9a-fA-F.:/,\s]+)$/)
  WEBHOOK_ALLOW_PRIVATE = 'false';

  /** How long a webhook receiver has to answer one delivery attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 10000;

  /** Discussions close this many days after the article's publication (0 = never); an article may set its own time. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(36500)
  THREAD_AUTO_CLOSE_DAYS = 0;

  /** At most one notification mail per recipient and thread within this many seconds; later news waits for the next. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  MAIL_THROTTLE_SECONDS = 600;

  /** When true, an account whose e-mail address is not verified cannot post (403). */
  @Transform(toBool)
  @IsBoolean()
  REQUIRE_VERIFIED_EMAIL = false;

  /** Single sign-on from the news site (POST /api/auth/sso): the exact `iss` its tokens carry. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  SSO_ISSUER?: string = undefined;

  /** HS256 secret shared with the news site's backend (at least 32 characters). */
  @IsOptional()
  @IsString()
  @MinLength(32)
  SSO_SECRET?: string = undefined;

  /** PEM public key (RSA for RS256, P-256 for ES256) of the news site; `\n` escapes are accepted. */
  @IsOptional()
  @IsString()
  @Matches(/-----BEGIN PUBLIC KEY-----/)
  SSO_PUBLIC_KEY?: string = undefined;

  /** OpenID Connect login: the provider's issuer URL (discovery), client id and secret. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_ISSUER_URL?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_SECRET?: string = undefined;

  @IsString()
  @Matches(/(^|\s)openid(\s|$)/)
  OIDC_SCOPES = 'openid email profile';

  /**
   * Key (at least 32 characters) that encrypts two-factor secrets and the OIDC login cookie.
   * Unset: derived from JWT_SECRET (rotating JWT_SECRET then disables every enrolled authenticator).
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  SECRETS_ENCRYPTION_KEY?: string = undefined;

  /**
   * Key (at least 32 characters) that encrypts webhook signing secrets at rest.
   * Unset: derived from JWT_SECRET (rotating JWT_SECRET then makes stored webhook secrets unreadable).
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  WEBHOOK_SECRET_KEY?: string = undefined;

  /**
   * The WEBHOOK_SECRET_KEY before the current one, while rotating: secrets it encrypted stay
   * readable, and each instance re-encrypts them with the current key at boot; remove it afterwards.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  WEBHOOK_SECRET_KEY_PREVIOUS?: string = undefined;
  /** Memory of the anonymous read cache per process, in MiB (0 turns it off). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(4096)
  READ_CACHE_MAX_MB = 64;
}

export type AppConfig = Readonly<
  Omit<EnvironmentVariables, 'JWT_SECRET' | 'PUBLIC_URL'> & { JWT_SECRET: string; PUBLIC_URL: string }
>;

export class ConfigError extends Error {}

const DEVELOPMENT_JWT_SECRET = 'tribune-development-secret-do-not-use-in-production';
const DEVELOPMENT_PUBLIC_URL = 'http://localhost:3000';
const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY parsed: false (none), a hop count, or a list of addresses and ranges (compileTrust). */
export function trustProxySetting(value: string): false | number | string[] {
  const trimmed = value.trim();
  if (trimmed === 'none') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function trustProxyProblem(value: string): string | null {
  const setting = trustProxySetting(value);
  if (setting === false) return null;
  if (typeof setting === 'number') return setting >= 1 && setting <= 10 ? null : 'a hop count is 1 to 10';
  const bad = setting.filter((part) => {
    if (PROXY_KEYWORDS.has(part)) return false;
    const [address, bits, extra] = part.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  if (setting.length === 0 || bad.length > 0) {
    return `expected none, a hop count, or a list of loopback, linklocal, uniquelocal, addresses and CIDR ranges (not ${bad.join(', ') || 'empty'})`;
  }
  return null;
}

/** Parses and validates the environment; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'SMTP_URL']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const problems = validateSync(parsed, { whitelist: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (parsed.NODE_ENV === 'production' && !parsed.JWT_SECRET) {
    problems.push('JWT_SECRET: required when NODE_ENV=production (at least 32 characters)');
  }
  problems.push(...integrationProblems(parsed), ...deploymentProblems(parsed));
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return Object.freeze({
    ...parsed,
    JWT_SECRET: parsed.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    PUBLIC_URL: parsed.PUBLIC_URL ?? DEVELOPMENT_PUBLIC_URL,
  });
}

/** Settings a production deployment must get right: mailed links, who may name the client IP. */
function deploymentProblems(parsed: EnvironmentVariables): string[] {
  const problems: string[] = [];
  if (parsed.NODE_ENV === 'production' && !parsed.PUBLIC_URL) {
    problems.push('PUBLIC_URL: required when NODE_ENV=production (the base of every link sent by mail)');
  }
  const proxyProblem = trustProxyProblem(parsed.TRUST_PROXY);
  if (proxyProblem) problems.push(`TRUST_PROXY: ${proxyProblem}`);
  return problems;
}

/** Settings that only make sense together (SSO issuer and key, the three OIDC settings). */
function integrationProblems(parsed: EnvironmentVariables): string[] {
  const problems: string[] = [];
  const ssoKey = parsed.SSO_SECRET ?? parsed.SSO_PUBLIC_KEY;
  if (parsed.SSO_ISSUER && !ssoKey) problems.push('SSO_ISSUER: set SSO_SECRET or SSO_PUBLIC_KEY too');
  if (ssoKey && !parsed.SSO_ISSUER) problems.push('SSO_ISSUER: required when SSO_SECRET or SSO_PUBLIC_KEY is set');
  const oidc = [parsed.OIDC_ISSUER_URL, parsed.OIDC_CLIENT_ID, parsed.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    problems.push('OIDC_ISSUER_URL: OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together');
  }
  if (parsed.NODE_ENV === 'production' && parsed.OIDC_ISSUER_URL?.startsWith('http:')) {
    problems.push('OIDC_ISSUER_URL: must be https when NODE_ENV=production');
  }
  return problems;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
