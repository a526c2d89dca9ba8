import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text` (multipart/alternative). */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/**
 * Sends mail through SMTP when SMTP_URL is set; otherwise writes each message
 * as an .eml file into MAIL_DIR, so development and tests can read what was sent.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly smtp: Transporter | null;
  private readonly files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.smtp = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = { from: this.config.MAIL_FROM, ...mail };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = (await this.files.sendMail(message)) as { message: Buffer };
    const directory = path.resolve(this.config.MAIL_DIR);
    await mkdir(directory, { recursive: true });
    const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
    await writeFile(file, info.message);
    this.logger.log({ file }, 'mail written to file (no SMTP_URL)');
  }
}
