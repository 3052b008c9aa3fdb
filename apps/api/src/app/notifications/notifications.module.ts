import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DigestService } from './digest.service';
import { HandoffNotifier } from './handoff-notifier';
import { Mailer } from './mailer';
import { NotificationEntity } from './notification.entity';
import { NotificationsController, PreferencesController } from './notifications.controller';
import { NotificationsPersonalData } from './notifications-personal-data';
import { NotificationsService } from './notifications.service';
import { RemindersService } from './reminders.service';

/**
 * Global, like JobsModule: features notify users of hand-offs (HandoffNotifier) and contribute digest sections
 * (reporting; later consultations and climate checks) without importing this module.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationsController, PreferencesController],
  providers: [Mailer, NotificationsService, HandoffNotifier, DigestService, RemindersService, NotificationsPersonalData],
  exports: [NotificationsService, HandoffNotifier, DigestService],
})
export class NotificationsModule {}
