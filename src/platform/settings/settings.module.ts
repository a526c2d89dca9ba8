import { Global, Module } from '@nestjs/common';
import { SettingsService } from './settings.service.js';

/** Live settings, read everywhere (rate limits, moderation thresholds, edit window). */
@Global()
@Module({ providers: [SettingsService], exports: [SettingsService] })
export class SettingsModule {}
