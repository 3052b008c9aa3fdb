import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENTS,
  MEASURE_STATUSES,
  PRIORITIES,
  type Assessment,
  type MeasureCreate,
  type MeasureStatus,
  type MeasureUpdate,
  type Priority,
} from '@klimaschutz/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Code, IfPresent, IsCalendarDate, OptionalText, RequiredText } from '../../common/dto-rules';

const oneOf = (label: string, values: readonly string[]) =>
  IsIn(values, { message: `${label} muss einer der Werte ${values.join(', ')} sein.` });
const uuid = (label: string) => IsUUID('all', { message: `${label} muss eine UUID sein.` });
const amount = (label: string) => IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label} muss eine Zahl sein.` });

/** The fields that are optional on create and on update alike. */
class MeasureOptionalFieldsDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Kurzbeschreibung', 2000, { multiline: true }) summary?:
    | string
    | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Beschreibung', 20000, { multiline: true }) description?:
    | string
    | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Ziel', 5000, { multiline: true }) goal?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Externe Akteure', 5000, { multiline: true }) externalActors?:
    | string
    | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Zielgruppe', 500) targetGroup?: string | null;
  @ApiPropertyOptional({ enum: PRIORITIES }) @IfPresent() @oneOf('Priorität', PRIORITIES) priority?: Priority;
  @ApiPropertyOptional({ enum: MEASURE_STATUSES }) @IfPresent() @oneOf('Status', MEASURE_STATUSES) status?: MeasureStatus;
  @ApiPropertyOptional({ enum: ASSESSMENTS }) @IfPresent() @oneOf('Bewertung', ASSESSMENTS) assessment?: Assessment;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IfPresent()
  @IsInt({ message: 'Fortschritt muss eine ganze Zahl sein.' })
  @Min(0, { message: 'Fortschritt muss zwischen 0 und 100 liegen.' })
  @Max(100, { message: 'Fortschritt muss zwischen 0 und 100 liegen.' })
  progressPercent?: number;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Geplanter Beginn') plannedStart?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Geplantes Ende') plannedEnd?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Tatsächlicher Beginn') actualStart?:
    | string
    | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Tatsächliches Ende') actualEnd?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'EUR' })
  @IsOptional()
  @amount('Kostenschätzung')
  @Min(0, { message: 'Kostenschätzung darf nicht negativ sein.' })
  @Max(1e12, { message: 'Kostenschätzung ist unplausibel hoch.' })
  costEstimateEur?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Finanzierung', 500) fundingSource?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 't CO2e per year' })
  @IsOptional()
  @amount('THG-Minderungsziel')
  @Min(0, { message: 'THG-Minderungsziel darf nicht negativ sein.' })
  @Max(1e9, { message: 'THG-Minderungsziel ist unplausibel hoch.' })
  ghgReductionTargetT?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 't CO2e per year' })
  @IsOptional()
  @amount('Erreichte THG-Minderung')
  @Min(0, { message: 'Erreichte THG-Minderung darf nicht negativ sein.' })
  @Max(1e9, { message: 'Erreichte THG-Minderung ist unplausibel hoch.' })
  ghgReductionAchievedT?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: 'Sector of the GHG balance the measure acts on (GET /emissions/sectors)',
  })
  @IsOptional()
  @uuid('Sektor der THG-Bilanz')
  emissionSectorId?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    minimum: 1,
    maximum: 100,
    description: 'Years the reduction lasts; null = until the neutrality year',
  })
  @IsOptional()
  @IsInt({ message: 'Wirkdauer muss eine ganze Zahl (Jahre) sein.' })
  @Min(1, { message: 'Wirkdauer muss mindestens 1 Jahr betragen.' })
  @Max(100, { message: 'Wirkdauer darf höchstens 100 Jahre betragen.' })
  lifetimeYears?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Ansprechperson', 300) responsibleContact?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Interne Notizen', 20000, { multiline: true }) internalNotes?:
    | string
    | null;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'Veröffentlicht muss true oder false sein.' }) published?: boolean;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('Öffentliche Kurzbeschreibung', 5000, { multiline: true })
  publicSummary?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @IsArray({ message: 'Beteiligte müssen als Liste angegeben werden.' })
  @ArrayMaxSize(50, { message: 'Höchstens 50 beteiligte Organisationseinheiten.' })
  @ArrayUnique({ message: 'Eine Organisationseinheit ist doppelt als beteiligt angegeben.' })
  @IsUUID('all', { each: true, message: 'Jede beteiligte Organisationseinheit muss eine UUID sein.' })
  participatingOrgUnitIds?: string[];
}

export class CreateMeasureDto extends MeasureOptionalFieldsDto implements MeasureCreate {
  @ApiProperty({ example: 'V-03' }) @Code('Kennung', 20) code!: string;
  @ApiProperty({ example: 'Radvorrangroute Innenstadt – Hochschule' }) @RequiredText('Titel', 300) title!: string;
  @ApiProperty() @uuid('Handlungsfeld') fieldOfActionId!: string;
  @ApiProperty() @uuid('Federführung') leadOrgUnitId!: string;
}

export class UpdateMeasureDto extends MeasureOptionalFieldsDto implements MeasureUpdate {
  @ApiPropertyOptional() @IfPresent() @Code('Kennung', 20) code?: string;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Titel', 300) title?: string;
  @ApiPropertyOptional() @IfPresent() @uuid('Handlungsfeld') fieldOfActionId?: string;
  @ApiPropertyOptional() @IfPresent() @uuid('Federführung') leadOrgUnitId?: string;
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}
