import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import type { NotificationPreferencesUpdate } from '@klimaschutz/contracts';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ListQueryDto } from '../common/paging';

export class NotificationQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({ description: 'true: unread notifications only; false: read ones only' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread muss true oder false sein.' })
  unread?: 'true' | 'false';
}

export class UpdatePreferencesDto implements NotificationPreferencesUpdate {
  @ApiProperty({ description: 'false: notifications only in the app, no emails' })
  @IsBoolean({ message: 'E-Mail-Benachrichtigungen muss true oder false sein.' })
  emailNotifications!: boolean;
}
