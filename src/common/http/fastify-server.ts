import type { IncomingMessage } from 'node:http';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import proxyaddr from 'proxy-addr';
import { buildProblem } from '../errors/problem.filter.js';
import { preferredLanguage } from '../i18n/messages.js';
import { etagMatches, weakEtag } from './etag.js';
import { refuseDeepJson } from './json-depth.js';
import { fixedSecurityHeaders, requestIdFor } from './security-headers.js';

/** The largest JSON body a route accepts. */
export const JSON_BODY_LIMIT = 256 * 1024;

/** Who may say who the client is (X-Forwarded-For), as a function of the peer address and its hop. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** TRUST_PROXY's parsed setting (trustProxySetting) as a trust function: nobody, a hop count, or a list. */
export function compileTrust(setting: false | number | string[]): TrustProxy {
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/**
 * The request id (a sane upstream X-Request-Id, else a UUID), minted once by Fastify and
 * kept on the Node request too, where the request logger (pino-http) reads it.
 */
export function genRequestId(request: IncomingMessage & { id?: unknown }): string {
  const id = requestIdFor(request.headers['x-request-id']);
  request.id = id;
  return id;
}

/**
 * What every answer carries, set in Fastify's hooks: the request id and the security
 * headers (helmet's, computed once) as the request arrives; an ETag on every body that
 * has none yet (the read cache sets its own), and 304 for a GET or HEAD that names it.
 * Called on the adapter before Nest builds the app: the request hook then runs before
 * Nest's middleware (middie, registered as the app is created), so an answer a middleware
 * ends itself (a read-cache hit) carries the headers too.
 */
export function installResponseConventions(adapter: FastifyAdapter): void {
  const fastify = adapter.getInstance();
  const headers = fixedSecurityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('X-Request-Id', request.id);
    for (let i = 0; i < headers.length; i += 2) reply.raw.setHeader(headers[i]!, headers[i + 1]!);
    done();
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || reply.hasHeader('etag')) {
      return done(null, payload);
    }
    const etag = weakEtag(payload);
    reply.header('ETag', etag);
    const fresh = (request.method === 'GET' || request.method === 'HEAD') && reply.statusCode < 300;
    if (!fresh || !etagMatches(request.headers['if-none-match'], etag)) return done(null, payload);
    reply.code(304);
    done(null, '');
  });
}

/**
 * JSON bodies: the depth cap on the raw bytes, so a body nested 2,000 levels never reaches
 * a recursive parser, then JSON.parse. Fastify answers a parser's error with its
 * statusCode; the problem filter maps the depth cap's type and Fastify's invalid-JSON code.
 */
export function installJsonParser(app: NestFastifyApplication): void {
  app.useBodyParser(
    'application/json',
    { bodyLimit: JSON_BODY_LIMIT },
    (request: unknown, body: Buffer, done: (error: Error | null, parsed?: unknown) => void) => {
      let parsed: unknown;
      try {
        refuseDeepJson(request, null, body);
        // An empty body is an empty object, as before (body-parser's answer): validation names what is missing.
        parsed = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch (error) {
        if ((error as { type?: unknown }).type === 'entity.too.deep') {
          return done(Object.assign(error as Error, { statusCode: 400 }));
        }
        const invalid = new Error("Body is not valid JSON but content-type is set to 'application/json'");
        return done(Object.assign(invalid, { statusCode: 400, status: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }));
      }
      done(null, parsed);
    },
  );
}

/**
 * What Fastify's router refuses before any route or filter runs (a path that is not valid
 * percent-encoding, FST_ERR_BAD_URL): a 400 problem+json like every other refusal, not
 * Fastify's own JSON.
 */
export function answerFrameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(request, reply, 400, 'http.bad_request');
}

/** A problem+json answer from a Fastify handler that Nest's filter does not see, in the caller's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, code: string): void {
  const language = preferredLanguage(request.headers['accept-language']);
  const problem = buildProblem(language, request.id, status, code, {});
  void reply.code(status).type('application/problem+json').send(JSON.stringify(problem));
}
