import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMISSION_DATA_QUALITIES,
  EMISSION_ESTIMATE_GAPS,
  EMISSION_IMPORT_EXISTING_YEAR_DECISIONS,
  EMISSION_IMPORT_SEVERITIES,
  EMISSION_PATH_MODES,
  EMISSION_TARGET_KINDS,
  MEASURE_STATUSES,
  type MeasureStatus,
  type EmissionBalance,
  type EmissionBalanceYear,
  type EmissionDataQuality,
  type EmissionEstimateGap,
  type EmissionFigures,
  type EmissionImportExistingYearDecision,
  type EmissionImportPreview,
  type EmissionImportResult,
  type EmissionImportRule,
  type EmissionImportSectorFound,
  type EmissionImportSeverity,
  type EmissionImportYear,
  type EmissionInterimTarget,
  type EmissionMeasureEffect,
  type EmissionMeasureRanking,
  type EmissionOverview,
  type EmissionPathMode,
  type EmissionPathPoint,
  type EmissionSector,
  type EmissionSectorFigures,
  type EmissionSectorInput,
  type EmissionSeriesPoint,
  type EmissionTargetKind,
  type EmissionTargets,
  type EmissionTargetsInput,
  type EmissionValue,
  type EmissionYearInput,
  type PublicEmissions,
} from '@klimaschutz/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IfPresent, OptionalText, RequiredText } from '../common/dto-rules';
import { YEAR_RANGE } from './emission-import';

const oneOf = (label: string, values: readonly string[]) =>
  IsIn(values, { message: `${label} muss einer der Werte ${values.join(', ')} sein.` });
const year = (label: string) => [
  IsInt({ message: `${label} muss eine ganze Jahreszahl sein.` }),
  Min(YEAR_RANGE.min, { message: `${label} muss zwischen ${YEAR_RANGE.min} und ${YEAR_RANGE.max} liegen.` }),
  Max(YEAR_RANGE.max, { message: `${label} muss zwischen ${YEAR_RANGE.min} und ${YEAR_RANGE.max} liegen.` }),
];
const Year = (label: string): PropertyDecorator => {
  const decorators = year(label);
  return (target, key) => decorators.forEach((d) => d(target, key));
};
const tonnes = (label: string) =>
  [
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label} muss eine Zahl sein (t CO2e).` }),
    Min(0, { message: `${label} darf nicht negativ sein.` }),
    Max(1e10, { message: `${label} ist unplausibel hoch (höchstens 10 Mrd. t).` }),
  ] as PropertyDecorator[];
const Tonnes = (label: string): PropertyDecorator => {
  const decorators = tonnes(label);
  return (target, key) => decorators.forEach((d) => d(target, key));
};
const SectorRef = (): PropertyDecorator => {
  const decorators = [IsOptional(), IsUUID('all', { message: 'sectorId muss eine UUID oder null sein.' })] as PropertyDecorator[];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

// ------------------------------------------------------------------ requests

export class EmissionSectorInputDto implements EmissionSectorInput {
  @ApiProperty({ example: 'WAERME', maxLength: 40 })
  @Matches(/^[A-Z0-9_-]{1,40}$/, { message: 'Kennung: 1–40 Großbuchstaben, Ziffern, _ oder -.' })
  code!: string;
  @ApiProperty({ example: 'Wärme' }) @RequiredText('Name', 200) name!: string;
  @ApiPropertyOptional() @IfPresent() @IsInt({ message: 'Reihenfolge muss eine ganze Zahl sein.' }) @Min(0) @Max(1000) sortOrder?: number;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'bisko muss true oder false sein.' }) bisko?: boolean;
}

export class EmissionValueInputDto {
  @ApiProperty({ nullable: true, format: 'uuid', description: 'null = the reported total' }) @SectorRef() sectorId!: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'Erdgas' }) @IsOptional() @OptionalText('Energieträger', 100) energyCarrier?:
    | string
    | null;
  @ApiProperty({ description: 't CO2e' }) @Tonnes('Wert') tCo2e!: number;
  @ApiPropertyOptional({ nullable: true, enum: EMISSION_DATA_QUALITIES })
  @IsOptional()
  @oneOf('Datengüte', EMISSION_DATA_QUALITIES)
  dataQuality?: EmissionDataQuality | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Quelle', 500) source?: string | null;
}

export class EmissionYearInputDto implements EmissionYearInput {
  @ApiPropertyOptional({ nullable: true, minimum: 1 })
  @IsOptional()
  @IsInt({ message: 'Einwohnerzahl muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Einwohnerzahl muss mindestens 1 sein.' })
  @Max(100_000_000, { message: 'Einwohnerzahl ist unplausibel hoch.' })
  population?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Methodenhinweis', 2000, { multiline: true }) note?: string | null;
  @ApiProperty({ type: [EmissionValueInputDto] })
  @IsArray({ message: 'values muss eine Liste sein.' })
  @ArrayMaxSize(500, { message: 'Höchstens 500 Werte je Jahr.' })
  @ValidateNested({ each: true })
  @Type(() => EmissionValueInputDto)
  values!: EmissionValueInputDto[];
  @ApiPropertyOptional({ nullable: true, description: 'The version as read; omit only for a new year' })
  @IsOptional()
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version?: number | null;
}

export class EmissionInterimTargetDto implements EmissionInterimTarget {
  @ApiProperty() @Year('Jahr des Zwischenziels') year!: number;
  @ApiProperty({ enum: EMISSION_TARGET_KINDS }) @oneOf('Art des Zwischenziels', EMISSION_TARGET_KINDS) kind!: EmissionTargetKind;
  @ApiProperty({ description: 't CO2e (ABSOLUTE) or % below the base year (PERCENT_BELOW_BASE)' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Zielwert muss eine Zahl sein.' })
  @Min(0, { message: 'Zielwert darf nicht negativ sein.' })
  @Max(1e10, { message: 'Zielwert ist unplausibel hoch.' })
  value!: number;
  @ApiProperty({ nullable: true, format: 'uuid', description: 'null = the whole city' }) @SectorRef() sectorId!: string | null;
}

export class EmissionPathPointDto implements EmissionPathPoint {
  @ApiProperty() @Year('Jahr des Pfadpunkts') year!: number;
  @ApiProperty({ description: 't CO2e' }) @Tonnes('Pfadwert') tCo2e!: number;
  @ApiProperty({ nullable: true, format: 'uuid', description: 'null = the whole city' }) @SectorRef() sectorId!: string | null;
}

export class EmissionTargetsInputDto implements EmissionTargetsInput {
  @ApiProperty({ nullable: true }) @ValidateIf((_o, v) => v !== null) @Year('Basisjahr') baseYear!: number | null;
  @ApiProperty({ nullable: true }) @ValidateIf((_o, v) => v !== null) @Year('Zieljahr der Klimaneutralität') neutralityYear!: number | null;
  @ApiPropertyOptional({ nullable: true, description: 't CO2e allowed in the neutrality year (default 0)' })
  @IsOptional()
  @Tonnes('Restemissionen')
  residualT?: number | null;
  @ApiProperty({ type: [EmissionInterimTargetDto] })
  @IsArray({ message: 'interimTargets muss eine Liste sein.' })
  @ArrayMaxSize(100, { message: 'Höchstens 100 Zwischenziele.' })
  @ValidateNested({ each: true })
  @Type(() => EmissionInterimTargetDto)
  interimTargets!: EmissionInterimTargetDto[];
  @ApiProperty({ enum: EMISSION_PATH_MODES }) @oneOf('Pfadart', EMISSION_PATH_MODES) pathMode!: EmissionPathMode;
  @ApiPropertyOptional({ type: [EmissionPathPointDto] })
  @IfPresent()
  @IsArray({ message: 'pathPoints muss eine Liste sein.' })
  @ArrayMaxSize(1000, { message: 'Höchstens 1.000 Pfadpunkte.' })
  @ValidateNested({ each: true })
  @Type(() => EmissionPathPointDto)
  pathPoints?: EmissionPathPointDto[];
  @ApiPropertyOptional({ nullable: true, description: 'Remaining CO2 budget, t' }) @IsOptional() @Tonnes('CO2-Budget') budgetT?:
    | number
    | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Year('Startjahr des Budgets') budgetStartYear?: number | null;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'published muss true oder false sein.' }) published?: boolean;
  @ApiProperty({ description: 'The version as read (0 = no target set saved yet)' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(0, { message: 'version darf nicht negativ sein.' })
  version!: number;
}

export class EmissionYearDeleteQueryDto {
  @ApiPropertyOptional({ description: 'The version as read; a stale one gets 409' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  version?: number;
}

/** Multipart fields beside `file` on apply. */
export class EmissionImportApplyDto {
  @ApiProperty({ description: 'The token of the preview (hash of the file)' })
  @Matches(/^[a-f0-9]{64}$/, { message: 'token muss der Token der Vorschau sein (64 Hex-Zeichen).' })
  token!: string;
  @ApiProperty({ enum: EMISSION_IMPORT_EXISTING_YEAR_DECISIONS, description: 'Years already stored: replace them or keep them' })
  @oneOf('existingYears', EMISSION_IMPORT_EXISTING_YEAR_DECISIONS)
  existingYears!: EmissionImportExistingYearDecision;
  @ApiPropertyOptional({ description: "Use the plan rows as the target path ('true'/'false'; default true)" })
  @IsOptional()
  @oneOf('usePlanRowsAsPath', ['true', 'false'])
  usePlanRowsAsPath?: 'true' | 'false';
}

// ------------------------------------------------------------------ answers

export class EmissionSectorDto implements EmissionSector {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() bisko!: boolean;
}

class EmissionSectorRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class EmissionValueDto implements EmissionValue {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) sectorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) energyCarrier!: string | null;
  @ApiProperty() tCo2e!: number;
  @ApiProperty({ nullable: true, enum: EMISSION_DATA_QUALITIES }) dataQuality!: EmissionDataQuality | null;
  @ApiProperty({ nullable: true, type: String }) source!: string | null;
}

class EmissionSectorValueDto {
  @ApiProperty({ format: 'uuid' }) sectorId!: string;
  @ApiProperty() tCo2e!: number;
}

export class EmissionBalanceYearDto implements EmissionBalanceYear {
  @ApiProperty() year!: number;
  @ApiProperty({ nullable: true, type: Number }) population!: number | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: [EmissionSectorValueDto] }) sectors!: EmissionSectorValueDto[];
  @ApiProperty({ nullable: true, type: Number }) sectorSumT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) reportedTotalT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'reported total, else the sector sum when complete' }) totalT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) perCapitaT!: number | null;
  @ApiProperty() complete!: boolean;
  @ApiProperty({ description: 'differ by > 0.5 % or > 1 kt' }) totalMismatch!: boolean;
  @ApiProperty({ nullable: true, type: Number }) totalDifferenceT!: number | null;
  @ApiProperty({ type: [EmissionValueDto] }) values!: EmissionValueDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class EditPermissionDto {
  @ApiProperty() edit!: boolean;
}

export class EmissionBalanceDto implements EmissionBalance {
  @ApiProperty({ type: [EmissionSectorDto] }) sectors!: EmissionSectorDto[];
  @ApiProperty({ type: [EmissionBalanceYearDto] }) years!: EmissionBalanceYearDto[];
  @ApiProperty({ type: EditPermissionDto }) permissions!: { edit: boolean };
}

class EmissionInterimTargetAnswerDto {
  @ApiProperty() year!: number;
  @ApiProperty({ enum: EMISSION_TARGET_KINDS }) kind!: EmissionTargetKind;
  @ApiProperty() value!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) sectorId!: string | null;
}

class EmissionPathPointAnswerDto {
  @ApiProperty() year!: number;
  @ApiProperty() tCo2e!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) sectorId!: string | null;
}

export class EmissionTargetsDto implements EmissionTargets {
  @ApiProperty({ nullable: true, type: Number }) baseYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) neutralityYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) residualT!: number | null;
  @ApiProperty({ type: [EmissionInterimTargetAnswerDto] }) interimTargets!: EmissionInterimTarget[];
  @ApiProperty({ enum: EMISSION_PATH_MODES }) pathMode!: EmissionPathMode;
  @ApiProperty({ type: [EmissionPathPointAnswerDto] }) pathPoints!: EmissionPathPoint[];
  @ApiProperty({ nullable: true, type: Number }) budgetT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) budgetStartYear!: number | null;
  @ApiProperty() published!: boolean;
  @ApiProperty({ description: '0 = not saved yet' }) version!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
  @ApiProperty({ type: EditPermissionDto }) permissions!: { edit: boolean };
}

export class EmissionSeriesPointDto implements EmissionSeriesPoint {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 't CO2e' }) tCo2e!: number;
}

class EmissionFiguresDto implements EmissionFigures {
  @ApiProperty({ nullable: true, type: Number }) baseYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) baseT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) latestYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) latestT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'latest − base (t)' }) changeVsBaseT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '(latest − base) / base × 100; −31.7 = 31.7 % below' })
  changeVsBasePercent!: number | null;
  @ApiProperty({ nullable: true, type: Number }) pathAtLatestT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'latest − path value of the latest year (t)' }) gapT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'gapT / path value of the latest year × 100' }) gapPercent!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'the neutrality year' }) targetYear!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'latest − expected reductions active in the target year' })
  projectedT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) pathAtTargetYearT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Klimaschutzlücke: projected − path value in the target year (t)' })
  climateGapT!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Klimaschutzlücke in % of the path value in the base year (the path in the target year is usually 0, so it cannot be the reference)',
  })
  climateGapPercent!: number | null;
  @ApiProperty() expectedReductionT!: number;
  @ApiProperty() achievedReductionT!: number;
  @ApiProperty({ type: [EmissionSeriesPointDto] }) balance!: EmissionSeriesPointDto[];
  @ApiProperty({ type: [EmissionSeriesPointDto] }) path!: EmissionSeriesPointDto[];
  @ApiProperty({ type: [EmissionSeriesPointDto] }) projection!: EmissionSeriesPointDto[];
}

export class EmissionSectorFiguresDto extends EmissionFiguresDto implements EmissionSectorFigures {
  @ApiProperty({ type: EmissionSectorDto }) sector!: EmissionSectorDto;
  @ApiProperty() measureCount!: number;
}

class EmissionBudgetDto {
  @ApiProperty() budgetT!: number;
  @ApiProperty() startYear!: number;
  @ApiProperty() usedT!: number;
  @ApiProperty() remainingT!: number;
  @ApiProperty({ nullable: true, type: Number }) exhaustedInYear!: number | null;
}

export class EmissionOverviewDto extends EmissionFiguresDto implements EmissionOverview {
  @ApiProperty() hasBalance!: boolean;
  @ApiProperty() hasTargets!: boolean;
  @ApiProperty({ enum: EMISSION_PATH_MODES }) pathMode!: EmissionPathMode;
  @ApiProperty({ nullable: true, type: Number }) latestPerCapitaT!: number | null;
  @ApiProperty() latestTotalMismatch!: boolean;
  @ApiProperty() unassignedReductionT!: number;
  @ApiProperty({ type: [EmissionSectorFiguresDto] }) sectors!: EmissionSectorFiguresDto[];
  @ApiProperty({ type: EmissionBudgetDto, nullable: true }) budget!: EmissionBudgetDto | null;
}

export class EmissionMeasureEffectDto implements EmissionMeasureEffect {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: MEASURE_STATUSES }) status!: MeasureStatus;
  @ApiProperty({ type: EmissionSectorRefDto, nullable: true }) sector!: EmissionSectorRefDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 't CO2e per year' }) reductionTPerYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) achievedTPerYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) startYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) lifetimeYears!: number | null;
  @ApiProperty({ nullable: true, type: Number }) effectiveYears!: number | null;
  @ApiProperty({ nullable: true, type: Number }) costEstimateEur!: number | null;
  @ApiProperty({ nullable: true, type: Number }) lifetimeReductionT!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'cost / (reduction × effective years)' }) eurPerTonne!: number | null;
  @ApiProperty() activeInTargetYear!: boolean;
  @ApiProperty({ enum: EMISSION_ESTIMATE_GAPS, isArray: true }) missing!: EmissionEstimateGap[];
}

export class EmissionMeasureRankingDto implements EmissionMeasureRanking {
  @ApiProperty({ nullable: true, type: Number }) targetYear!: number | null;
  @ApiProperty({ type: [EmissionMeasureEffectDto] }) byReduction!: EmissionMeasureEffectDto[];
  @ApiProperty({ type: [EmissionMeasureEffectDto] }) byCostPerTonne!: EmissionMeasureEffectDto[];
  @ApiProperty({ type: [EmissionMeasureEffectDto] }) withoutEstimate!: EmissionMeasureEffectDto[];
}

export class EmissionImportRuleDto implements EmissionImportRule {
  @ApiProperty() number!: number;
  @ApiProperty({ example: 'THOUSANDS_DOT' }) code!: string;
  @ApiProperty({ enum: EMISSION_IMPORT_SEVERITIES }) severity!: EmissionImportSeverity;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [Number], description: '1-based file lines (header = 1)' }) lines!: number[];
}

class EmissionImportSectorFoundDto implements EmissionImportSectorFound {
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) existingId!: string | null;
  @ApiProperty() isNew!: boolean;
  @ApiProperty() rows!: number;
}

class EmissionImportYearDto implements EmissionImportYear {
  @ApiProperty() year!: number;
  @ApiProperty({ nullable: true, type: Number }) sectorSumT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) reportedTotalT!: number | null;
  @ApiProperty({ nullable: true, type: Number }) population!: number | null;
  @ApiProperty() exists!: boolean;
  @ApiProperty() totalMismatch!: boolean;
}

class EmissionImportPathPointDto {
  @ApiProperty() year!: number;
  @ApiProperty({ nullable: true, type: String }) sectorName!: string | null;
  @ApiProperty() tCo2e!: number;
  @ApiProperty() line!: number;
}

export class EmissionImportPreviewDto implements EmissionImportPreview {
  @ApiProperty() token!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['CSV', 'XLSX'] }) format!: 'CSV' | 'XLSX';
  @ApiProperty({ enum: ['kt', 't'] }) unit!: 'kt' | 't';
  @ApiProperty() dataRows!: number;
  @ApiProperty() balanceValues!: number;
  @ApiProperty({ type: [EmissionImportYearDto] }) years!: EmissionImportYearDto[];
  @ApiProperty({ type: [EmissionImportSectorFoundDto] }) sectors!: EmissionImportSectorFoundDto[];
  @ApiProperty({ type: [EmissionImportPathPointDto] }) pathPoints!: EmissionImportPathPointDto[];
  @ApiProperty({ type: [EmissionImportRuleDto] }) rules!: EmissionImportRuleDto[];
  @ApiProperty() canApply!: boolean;
}

export class EmissionImportResultDto implements EmissionImportResult {
  @ApiProperty({ type: [Number] }) yearsWritten!: number[];
  @ApiProperty({ type: [Number] }) yearsKept!: number[];
  @ApiProperty({ type: [EmissionSectorDto] }) sectorsCreated!: EmissionSectorDto[];
  @ApiProperty() valuesWritten!: number;
  @ApiProperty() pathPointsWritten!: number;
  @ApiProperty({ type: [EmissionImportRuleDto] }) rules!: EmissionImportRuleDto[];
}

class PublicBalancePointDto {
  @ApiProperty() year!: number;
  @ApiProperty() tCo2e!: number;
  @ApiProperty({ nullable: true, type: Number }) population!: number | null;
}

class LicenceDto {
  @ApiProperty() name!: string;
  @ApiProperty() id!: string;
  @ApiProperty() url!: string;
}

export class PublicEmissionsDto implements PublicEmissions {
  @ApiProperty() published!: boolean;
  @ApiProperty({ nullable: true, type: Number }) baseYear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) neutralityYear!: number | null;
  @ApiProperty({ type: [PublicBalancePointDto] }) balance!: PublicBalancePointDto[];
  @ApiProperty({ type: [EmissionSeriesPointDto] }) path!: EmissionSeriesPointDto[];
  @ApiProperty({ type: LicenceDto }) licence!: LicenceDto;
}

class FieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

/** The problem+json body of every error answer (RFC 9457). */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank' }) type!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: number;
  @ApiProperty() detail!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Validation: one message per field' }) errors?: FieldErrorDto[];
}
