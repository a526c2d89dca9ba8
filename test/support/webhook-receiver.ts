import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedDelivery {
  webhookId: string;
  type: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Whether standardwebhooks' Webhook.verify accepted the signature with the receiver's secret. */
  verified: boolean;
  /** The status this receiver answered. */
  answered: number;
}

/**
 * A real HTTP endpoint that verifies each delivery with the `standardwebhooks`
 * package (as a newsroom would) and fails the first `failFirst` attempts of each
 * `webhook-id` on purpose (503). `redirectTo` answers every request with a redirect.
 */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  secret = '';
  failFirst = 0;
  redirect: { status: number; location: string } | null = null;
  private readonly server: http.Server;

  constructor(private readonly host = '127.0.0.1') {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.handle(request, Buffer.concat(chunks).toString('utf8'), response));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, this.host, resolve));
    return this;
  }

  get url(): string {
    return `http://${this.host}:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Deliveries of one event type that this receiver accepted (2xx). */
  accepted(type?: string): ReceivedDelivery[] {
    return this.received.filter((entry) => entry.answered < 300 && (type === undefined || entry.type === type));
  }

  async waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`receiver: timed out; got ${JSON.stringify(this.received)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private handle(request: http.IncomingMessage, raw: string, response: http.ServerResponse): void {
    if (request.method === 'HEAD' && !this.redirect) {
      // Tribune's registration probe (does the URL redirect?): not a delivery.
      response.writeHead(200).end();
      return;
    }
    if (this.redirect) {
      response.writeHead(this.redirect.status, { location: this.redirect.location }).end();
      this.received.push({ webhookId: '', type: 'redirect', body: JSON.parse('{}'), verified: false, answered: 0 });
      return;
    }
    const headers = {
      'webhook-id': String(request.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
    };
    let verified: boolean;
    try {
      new Webhook(this.secret).verify(raw, headers);
      verified = true;
    } catch {
      verified = false;
    }
    const body = raw ? (JSON.parse(raw) as ReceivedDelivery['body']) : ({} as ReceivedDelivery['body']);
    const earlier = this.received.filter((entry) => entry.webhookId === headers['webhook-id']).length;
    const answered = !verified ? 401 : earlier < this.failFirst ? 503 : 200;
    this.received.push({ webhookId: headers['webhook-id'], type: body.type, body, verified, answered });
    response.writeHead(answered).end();
  }
}
