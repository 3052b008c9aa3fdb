import { BadRequestException, Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { IsCalendarDate } from '../common/dto-rules';
import { AttentionService } from './attention.service';
import { defaultResolution, SnapshotService, TREND_RESOLUTIONS, type TrendResolution } from './snapshot.service';
import { SummaryService } from './summary.service';
import { dateInBerlin } from '../common/date-time';

class TrendQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'default: one year before `to`' })
  @IsOptional()
  @IsCalendarDate('Von')
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'default: today' })
  @IsOptional()
  @IsCalendarDate('Bis')
  to?: string;

  @ApiPropertyOptional({ enum: TREND_RESOLUTIONS, description: 'default: day up to 92 days, week up to two years, else month' })
  @IsOptional()
  @IsIn(TREND_RESOLUTIONS, { message: `resolution muss einer der Werte ${TREND_RESOLUTIONS.join(', ')} sein.` })
  resolution?: TrendResolution;
}

class SummaryQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'reportingPeriodId muss eine UUID sein.' }) reportingPeriodId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'fieldOfActionId muss eine UUID sein.' }) fieldOfActionId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' }) orgUnitId?: string;
}

class AttentionQueryDto extends SummaryQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit muss eine ganze Zahl sein.' })
  @Min(1, { message: 'limit muss mindestens 1 sein.' })
  @Max(500, { message: 'limit darf höchstens 500 sein.' })
  limit?: number;
}

/** Summary and trend are sent as JSON text kept with the cached answer (see FingerprintCache.getJson). */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The cockpit's figures; under `/dashboard`, the address clients and the OpenAPI document know. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
@Roles(...ROLE_SETS.everyone)
export class CockpitController {
  constructor(
    private readonly snapshots: SnapshotService,
    private readonly summaries: SummaryService,
    private readonly attentionList: AttentionService,
  ) {}

  /** The cockpit's figures. With `reportingPeriodId`, the traffic lights are those of that period's accepted reports. */
  @Get('summary')
  @Header('Content-Type', JSON_CONTENT_TYPE)
  summary(@Query() query: SummaryQueryDto): Promise<string> {
    return this.summaries.summaryJson(query);
  }

  /** Active measures that need attention (red, delayed, report overdue, stale, milestone overdue), most serious first. */
  @Get('attention')
  attention(@Query() query: AttentionQueryDto) {
    return this.attentionList.attention(query);
  }

  /** Snapshots between `from` and `to`, oldest first: every day, or the last one of each week or month. */
  @Get('trend')
  @Header('Content-Type', JSON_CONTENT_TYPE)
  trend(@Query() query: TrendQueryDto) {
    const to = query.to ?? dateInBerlin(new Date());
    const from = query.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    if (from > to) {
      throw new BadRequestException({
        detail: '„Von“ liegt nach „Bis“.',
        errors: [{ field: 'from', message: '„Von“ muss vor „Bis“ liegen.' }],
      });
    }
    return this.snapshots.trendJson(from, to, query.resolution ?? defaultResolution(from, to));
  }
}
