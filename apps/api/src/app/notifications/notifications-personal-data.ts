import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { IsNull, LessThan, Not } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { PersonalDataService } from '../privacy/personal-data.service';
import { redactPersonIn } from '../privacy/personal-data';
import { daysBefore } from '../common/date-time';
import { NotificationEntity } from './notification.entity';

/**
 * Notifications are personal: a person's own go when the person is erased, and others' texts that
 * name the person (“… hat Ihrer Organisationseinheit die Maßnahme zugeordnet”) are rewritten. Read
 * notifications go after RETENTION_NOTIFICATIONS_DAYS, mail servers' error answers (which may quote
 * the address) after RETENTION_EMAIL_LOG_DAYS.
 */
@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const { retention } = this.config.getOrThrow<AppConfig>('app');
    this.personalData.registerEraser('notifications', async (manager, person) => {
      await manager.delete(NotificationEntity, { userId: person.id });
      await redactPersonIn(manager, NotificationEntity, ['title', 'body', 'titleEn', 'bodyEn'], person);
    });
    this.personalData.registerRetention('read-notifications', {
      what: 'gelesene Benachrichtigungen',
      apply: async (manager, now) =>
        (await manager.delete(NotificationEntity, { readAt: LessThan(daysBefore(now, retention.notificationsDays)) })).affected ?? 0,
    });
    this.personalData.registerRetention('email-errors', {
      what: 'Fehlerantworten von Mailservern',
      apply: async (manager, now) =>
        (
          await manager.update(
            NotificationEntity,
            { emailError: Not(IsNull()), emailUpdatedAt: LessThan(daysBefore(now, retention.emailLogDays)) },
            { emailError: null },
          )
        ).affected ?? 0,
    });
  }
}
