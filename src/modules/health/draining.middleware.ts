import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ShutdownState } from './shutdown-state.js';

/**
 * While draining, every response asks the client to close its connection, so
 * keep-alive clients open a new one (to another instance) instead of reusing a
 * socket this instance is about to close. (Nest middleware under Fastify gets Node's request and response.)
 */
@Injectable()
export class DrainingMiddleware implements NestMiddleware {
  constructor(private readonly shutdown: ShutdownState) {}

  use(_request: IncomingMessage, response: ServerResponse, next: () => void): void {
    if (this.shutdown.isDraining) response.setHeader('Connection', 'close');
    next();
  }
}
