import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENTS,
  MEASURE_STATUSES,
  REPORT_STATES,
  REVIEW_DECISIONS,
  type Assessment,
  type MeasureStatus,
  type ProgressReportCreate,
  type ProgressReportReviewRequest,
  type ProgressReportRevise,
  type ProgressReportSubmit,
  type ProgressReportUpdate,
  type ReportState,
  type ReviewDecision,
} from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IfPresent, OptionalText } from '../../common/dto-rules';
import { ListQueryDto } from '../../common/paging';

const oneOf = (label: string, values: readonly string[]) =>
  IsIn(values, { message: `${label} muss einer der Werte ${values.join(', ')} sein.` });
const uuid = (label: string) => IsUUID('all', { message: `${label} muss eine UUID sein.` });
const amount = (label: string) => IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label} muss eine Zahl sein.` });
const Version = () =>
  applyDecorators(
    ApiProperty({ description: 'The version that was read; a stale one is answered with 409' }),
    IsInt({ message: 'version muss eine ganze Zahl sein.' }),
    Min(1, { message: 'version muss mindestens 1 sein.' }),
  );

/** The content of a report; every field may be left out (a draft is filled in over time). */
class ProgressReportFieldsDto {
  @ApiPropertyOptional({ enum: MEASURE_STATUSES }) @IfPresent() @oneOf('Status', MEASURE_STATUSES) status?: MeasureStatus;
  @ApiPropertyOptional({ enum: ASSESSMENTS }) @IfPresent() @oneOf('Bewertung', ASSESSMENTS) assessment?: Assessment;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IfPresent()
  @IsInt({ message: 'Fortschritt muss eine ganze Zahl sein.' })
  @Min(0, { message: 'Fortschritt muss zwischen 0 und 100 liegen.' })
  @Max(100, { message: 'Fortschritt muss zwischen 0 und 100 liegen.' })
  progressPercent?: number;
  @ApiPropertyOptional({ nullable: true, description: 'Sachstand' })
  @IsOptional()
  @OptionalText('Sachstand', 20000, { multiline: true })
  text?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Hemmnisse' })
  @IsOptional()
  @OptionalText('Hemmnisse', 10000, { multiline: true })
  obstacles?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Nächste Schritte', 10000, { multiline: true }) nextSteps?:
    | string
    | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('Erreichte Meilensteine', 10000, { multiline: true })
  milestonesReached?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'EUR so far' })
  @IsOptional()
  @amount('Bisherige Kosten')
  @Min(0, { message: 'Bisherige Kosten dürfen nicht negativ sein.' })
  @Max(1e12, { message: 'Bisherige Kosten sind unplausibel hoch.' })
  actualCostsEur?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'hours so far' })
  @IsOptional()
  @amount('Personalaufwand')
  @Min(0, { message: 'Personalaufwand darf nicht negativ sein.' })
  @Max(1e7, { message: 'Personalaufwand ist unplausibel hoch.' })
  staffEffortHours?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 't CO2e per year' })
  @IsOptional()
  @amount('Erreichte THG-Minderung')
  @Min(0, { message: 'Erreichte THG-Minderung darf nicht negativ sein.' })
  @Max(1e9, { message: 'Erreichte THG-Minderung ist unplausibel hoch.' })
  ghgReductionAchievedT?: number | null;
}

export class CreateProgressReportDto extends ProgressReportFieldsDto implements ProgressReportCreate {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @uuid('Berichtszeitraum') periodId?: string | null;
  @ApiPropertyOptional({ description: 'Climate managers only: the unit reported on behalf of (default: the lead)' })
  @IfPresent()
  @uuid('Meldende Organisationseinheit')
  orgUnitId?: string;
  @ApiPropertyOptional({ description: 'true: submit right away; otherwise saved as draft' })
  @IfPresent()
  @IsBoolean({ message: 'submit muss true oder false sein.' })
  submit?: boolean;
}

export class UpdateProgressReportDto extends ProgressReportFieldsDto implements ProgressReportUpdate {
  @Version() version!: number;
}

export class ReviseProgressReportDto extends ProgressReportFieldsDto implements ProgressReportRevise {
  @ApiPropertyOptional({ description: 'true: submit the new version right away' })
  @IfPresent()
  @IsBoolean({ message: 'submit muss true oder false sein.' })
  submit?: boolean;
}

export class SubmitProgressReportDto implements ProgressReportSubmit {
  @Version() version!: number;
}

export class ReviewProgressReportDto implements ProgressReportReviewRequest {
  @ApiProperty({ enum: REVIEW_DECISIONS }) @oneOf('Entscheidung', REVIEW_DECISIONS) decision!: ReviewDecision;
  @ApiPropertyOptional({ nullable: true, description: 'Required for REQUEST_REVISION' })
  @IsOptional()
  @OptionalText('Anmerkung', 5000, { multiline: true })
  comment?: string | null;
  @Version() version!: number;
}

/** `state=SUBMITTED,DRAFT` and `state=SUBMITTED&state=DRAFT` both mean "one of". */
const list = () =>
  Transform(({ value }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );

export class ProgressReportQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATES, isArray: true })
  @IsOptional()
  @list()
  @IsIn(REPORT_STATES, { each: true, message: `state muss aus ${REPORT_STATES.join(', ')} sein.` })
  state?: ReportState[];
  @ApiPropertyOptional() @IsOptional() @uuid('periodId') periodId?: string;
  @ApiPropertyOptional() @IsOptional() @uuid('orgUnitId') orgUnitId?: string;
  @ApiPropertyOptional() @IsOptional() @uuid('measureId') measureId?: string;
}

export class MeasureReportsQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @uuid('periodId') periodId?: string;
}
