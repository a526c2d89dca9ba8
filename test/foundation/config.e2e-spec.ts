import { ConfigError, loadConfig, trustProxySetting } from '../../src/config/config.js';
import { spawnNode } from '../support/process.js';

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('configuration is validated at boot', () => {
  it('accepts an empty environment with development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      FLAG_HIDE_THRESHOLD: 3,
      DATABASE_READ_URLS: [],
    });
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('needs PUBLIC_URL in production only, and trusts no proxy unless told', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({}).TRUST_PROXY).toBe('none');
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://debats.journal.fr',
      TRUST_PROXY: '10.0.0.0/8, loopback, ::1',
    });
    expect(production.PUBLIC_URL).toBe('https://debats.journal.fr');
    expect(trustProxySetting(production.TRUST_PROXY)).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    expect(trustProxySetting('none')).toBe(false);
    expect(trustProxySetting('2')).toBe(2);
  });

  it('parses numbers and lists from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      RATE_LIMIT_FACTOR: '2.5',
      DATABASE_READ_URLS: 'postgres://a/x, postgres://b/x',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      RATE_LIMIT_FACTOR: 2.5,
      DATABASE_READ_URLS: ['postgres://a/x', 'postgres://b/x'],
    });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['FLAG_HIDE_THRESHOLD', { FLAG_HIDE_THRESHOLD: '0' }],
    ['JWT_SECRET', { NODE_ENV: 'production' }],
    ['PUBLIC_URL', { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }],
    ['TRUST_PROXY', { TRUST_PROXY: 'everyone' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/33' }],
    ['TRUST_PROXY', { TRUST_PROXY: '0' }],
    ['JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: 'too-short' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
  ])('refuses a bad %s (%j)', (variable, env) => {
    expect(configErrorOf(env).message).toMatch(new RegExp(`^\\s+- ${variable}: `, 'm'));
  });

  it('names every bad variable in one error, not only the first', () => {
    const { message } = configErrorOf({ PORT: 'abc', FLAG_HIDE_THRESHOLD: '0', NODE_ENV: 'production' });
    for (const variable of ['PORT', 'FLAG_HIDE_THRESHOLD', 'JWT_SECRET']) {
      expect(message).toMatch(new RegExp(`^\\s+- ${variable}: `, 'm'));
    }
  });

  it('WEBHOOK_SECRET_KEY is optional, and at least 32 characters when set', () => {
    expect(loadConfig({}).WEBHOOK_SECRET_KEY).toBeUndefined();
    expect(loadConfig({ WEBHOOK_SECRET_KEY: 'k'.repeat(32) }).WEBHOOK_SECRET_KEY).toBe('k'.repeat(32));
    expect(configErrorOf({ WEBHOOK_SECRET_KEY: 'k'.repeat(31) }).message).toMatch(/^\s+- WEBHOOK_SECRET_KEY: /m);
  });

  it('the server refuses to start on a bad environment: exit 78 naming the variable', async () => {
    const server = spawnNode('dist/src/main.js', [], { PORT: 'abc', FLAG_HIDE_THRESHOLD: '0', LOG_LEVEL: 'silent' });
    const { code } = await server.exited;
    expect(code).toBe(78);
    expect(server.stderr()).toMatch(/- PORT: /);
    expect(server.stderr()).toMatch(/- FLAG_HIDE_THRESHOLD: /);
    // It failed before touching any database: no embedded PostgreSQL was started.
    expect(server.stdout()).not.toMatch(/embedded PostgreSQL/i);
  });
});
