import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_STATUSES,
  type ConsultationCategory,
  type ConsultationCompleteInput,
  type ConsultationDeclineInput,
  type ConsultationInput,
  type ConsultationScheduleInput,
  type ConsultationStatus,
  type ConsultationUpdate,
} from '@klimaschutz/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsDateTime } from '../../common/date-time';
import { IfPresent, IsCalendarDate, OptionalText, RequiredText } from '../../common/dto-rules';
import { ListQueryDto } from '../../common/paging';
import { LinkedMeasureIds, ListParam, TransitionDto } from '../../stabsstelle/record-dto';

const category = () =>
  IsIn(CONSULTATION_CATEGORIES, { message: `Kategorie muss einer der Werte ${CONSULTATION_CATEGORIES.join(', ')} sein.` });

class ConsultationFieldsDto {
  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'Today or later' })
  @IsOptional()
  @IsCalendarDate('Wunschtermin')
  desiredDate?: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'B-Plan Nr. 112 „Am Mühlbach“' })
  @IsOptional()
  @OptionalText('Verfahren', 300)
  procedureReference?: string | null;
  @LinkedMeasureIds() linkedMeasureIds?: string[];
}

export class CreateConsultationDto extends ConsultationFieldsDto implements ConsultationInput {
  @ApiPropertyOptional({ description: 'Required for climate managers; a department always requests for its own org unit' })
  @IfPresent()
  @IsUUID('all', { message: 'Anfragende Organisationseinheit muss eine UUID sein.' })
  requestingOrgUnitId?: string;
  @ApiProperty({ example: 'Klimakriterien in der Ausschreibung Dienstfahrzeuge' }) @RequiredText('Thema', 300) topic!: string;
  @ApiProperty({ enum: CONSULTATION_CATEGORIES }) @category() category!: ConsultationCategory;
  @ApiProperty() @RequiredText('Beschreibung', 10000, { multiline: true }) description!: string;
}

export class UpdateConsultationDto extends ConsultationFieldsDto implements ConsultationUpdate {
  @ApiPropertyOptional() @IfPresent() @RequiredText('Thema', 300) topic?: string;
  @ApiPropertyOptional({ enum: CONSULTATION_CATEGORIES }) @IfPresent() @category() category?: ConsultationCategory;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Beschreibung', 10000, { multiline: true }) description?: string;
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}

export class ScheduleConsultationDto extends TransitionDto implements ConsultationScheduleInput {
  @ApiProperty({ example: '2026-12-10T10:00:00+01:00' }) @IsDateTime('Termin') scheduledAt!: string;
  @ApiPropertyOptional({ description: 'A climate manager; default: the current consultant, else the caller' })
  @IfPresent()
  @IsUUID('all', { message: 'Berater/in muss eine UUID sein.' })
  consultantId?: string;
}

export class CompleteConsultationDto extends TransitionDto implements ConsultationCompleteInput {
  @ApiProperty() @RequiredText('Ergebnis', 10000, { multiline: true }) outcome!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Empfehlung', 10000, { multiline: true }) recommendation?:
    | string
    | null;
  @ApiProperty({ minimum: 0, maximum: 1000, description: 'Hours spent, e.g. 2.5' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 },
    { message: 'Aufwand muss eine Zahl (Stunden) mit höchstens zwei Nachkommastellen sein.' },
  )
  @Min(0, { message: 'Aufwand darf nicht negativ sein.' })
  @Max(1000, { message: 'Aufwand darf höchstens 1000 Stunden betragen.' })
  effortHours!: number;
}

export class DeclineConsultationDto extends TransitionDto implements ConsultationDeclineInput {
  @ApiProperty() @RequiredText('Begründung', 2000, { multiline: true }) reason!: string;
}

export class StaleDaysDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 14, description: 'Days after which an open request counts as stale' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'staleDays muss eine ganze Zahl sein.' })
  @Min(1, { message: 'staleDays muss zwischen 1 und 365 liegen.' })
  @Max(365, { message: 'staleDays muss zwischen 1 und 365 liegen.' })
  staleDays?: number;
}

export class ConsultationQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CONSULTATION_STATUSES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(CONSULTATION_STATUSES, { each: true, message: `status muss aus ${CONSULTATION_STATUSES.join(', ')} sein.` })
  status?: ConsultationStatus[];

  @ApiPropertyOptional({ enum: CONSULTATION_CATEGORIES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(CONSULTATION_CATEGORIES, { each: true, message: `category muss aus ${CONSULTATION_CATEGORIES.join(', ')} sein.` })
  category?: ConsultationCategory[];

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' }) orgUnitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'consultantId muss eine UUID sein.' }) consultantId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'measureId muss eine UUID sein.' }) measureId?: string;

  @ApiPropertyOptional({ description: 'true: only open requests older than staleDays' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'stale muss true oder false sein.' })
  stale?: 'true' | 'false';

  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 14 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'staleDays muss eine ganze Zahl sein.' })
  @Min(1, { message: 'staleDays muss zwischen 1 und 365 liegen.' })
  @Max(365, { message: 'staleDays muss zwischen 1 und 365 liegen.' })
  staleDays?: number;
}
