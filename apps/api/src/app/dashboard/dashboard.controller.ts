import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { IsCalendarDate } from '../common/dto-rules';
import { berlinDay } from '../jobs/jobs.service';
import { SnapshotService } from './snapshot.service';

class TrendQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'default: one year before `to`' })
  @IsOptional()
  @IsCalendarDate('Von')
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'default: today' })
  @IsOptional()
  @IsCalendarDate('Bis')
  to?: string;
}

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
@Roles(...ROLE_SETS.everyone)
export class DashboardController {
  constructor(private readonly snapshots: SnapshotService) {}

  /** Daily snapshots between `from` and `to`, oldest first. */
  @Get('trend')
  trend(@Query() query: TrendQueryDto) {
    const to = query.to ?? berlinDay(new Date());
    const from = query.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    if (from > to) {
      throw new BadRequestException({ detail: '„Von“ liegt nach „Bis“.', errors: [{ field: 'from', message: '„Von“ muss vor „Bis“ liegen.' }] });
    }
    return this.snapshots.trend(from, to);
  }
}
