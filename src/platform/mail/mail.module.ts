import { Global, Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox.js';
import { MailService } from './mail.service.js';

/** Mail: sent now (MailService) or after the change commits (MailOutbox, through the job queue). */
@Global()
@Module({ providers: [MailService, MailOutbox], exports: [MailService, MailOutbox] })
export class MailModule {}
