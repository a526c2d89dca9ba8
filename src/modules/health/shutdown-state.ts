import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/**
 * Knows whether this instance is draining. Readiness turns 503 as soon as
 * shutdown begins, and the server keeps answering for SHUTDOWN_GRACE_SECONDS so
 * a load balancer notices and stops sending new requests; then Nest closes the
 * HTTP server, which lets in-flight requests finish before the pool closes.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private draining = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isDraining(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    if (this.config.SHUTDOWN_GRACE_SECONDS > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.config.SHUTDOWN_GRACE_SECONDS * 1000));
    }
  }
}
