import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** The audit log writer, available everywhere (every staff action writes one entry). */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
