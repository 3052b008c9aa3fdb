import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Notification, NotificationPage, NotificationPreferences, ReadAllResult, UnreadCount } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { UuidParam } from '../common/uuid-param';
import { NotificationQueryDto, UpdatePreferencesDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

/** Every role has a notification centre; each user only ever sees their own notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@Roles(...ROLE_SETS.everyone)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@Query() query: NotificationQueryDto, @CurrentUser() user: AuthUser): Promise<NotificationPage> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  markAllRead(@CurrentUser() user: AuthUser): Promise<ReadAllResult> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@UuidParam() id: string, @CurrentUser() user: AuthUser): Promise<Notification> {
    return this.notifications.markRead(user, id);
  }
}

/** The signed-in user's own settings; for now whether notifications also come by email. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/me/preferences')
@Roles(...ROLE_SETS.everyone)
export class PreferencesController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  get(@CurrentUser() user: AuthUser): Promise<NotificationPreferences> {
    return this.notifications.preferences(user);
  }

  @Patch()
  update(@Body() dto: UpdatePreferencesDto, @CurrentUser() user: AuthUser): Promise<NotificationPreferences> {
    return this.notifications.updatePreferences(user, dto.emailNotifications);
  }
}
