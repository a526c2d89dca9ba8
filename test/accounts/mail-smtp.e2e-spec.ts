import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP receiver on loopback (no TLS, no auth), keeping every message it accepts. */
async function startReceiver(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

describe('mail through SMTP (SMTP_URL)', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${receiver.port}`,
      MAIL_FROM: 'Tribune <ne-pas-repondre@journal.example>',
      PUBLIC_URL: 'https://debats.journal.example',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  });

  it('delivers the password-reset mail to the SMTP server, from MAIL_FROM, with the link', async () => {
    const user = await newUser(t);
    await t.http.post('/api/auth/password/forgot').send({ email: user.email }).expect(202);
    for (let i = 0; i < 50 && receiver.received.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(receiver.received).toHaveLength(1);
    const [mail] = receiver.received;
    expect(mail.from).toBe('ne-pas-repondre@journal.example');
    expect(mail.to).toEqual([user.email]);
    const body = mail.data.replace(/=\r?\n/g, '');
    // The subject as nodemailer folds it (RFC 2047 encoded words), unfolded.
    const subject = /^Subject: (.*(?:\r?\n .*)*)/m.exec(mail.data)?.[1].replace(/\?=\r?\n =\?UTF-8\?Q\?/g, '');
    expect(subject).toBe('=?UTF-8?Q?Tribune_=3A_r=C3=A9initialisation_du_mot_de_passe_/_password_reset?=');
    expect(body).toMatch(/https:\/\/debats\.journal\.example\/reset-password\?token=3D[A-Za-z0-9_-]{43}/);
  });
});
