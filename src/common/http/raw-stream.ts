import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

/**
 * Hands a route's answer to code that writes the Node response itself (a Server-Sent
 * Events stream). `open` gets the Node response carrying every header the reply has so
 * far: the request id and security headers are on it already (the onRequest hook), the
 * CORS headers Fastify keeps on the reply until it sends are copied over. What `open`
 * throws before it writes (429) goes to the problem filter like any route's error; once
 * it returns, the reply is hijacked and Fastify sends nothing of its own.
 */
export function answerWithStream(reply: FastifyReply, open: (response: ServerResponse) => void): void {
  const response = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined && !response.hasHeader(name)) response.setHeader(name, value);
  }
  open(response);
  reply.hijack();
}
