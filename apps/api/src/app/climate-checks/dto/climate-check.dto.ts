import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLIMATE_CHECK_STATUSES,
  CLIMATE_CHECK_SUBJECT_TYPES,
  CLIMATE_CRITERION_LABELS,
  CLIMATE_IMPACTS,
  type ClimateCheckInput,
  type ClimateCheckReviewInput,
  type ClimateCheckStatus,
  type ClimateCheckSubjectType,
  type ClimateCheckUpdate,
  type ClimateImpact,
} from '@klimaschutz/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IfPresent, OptionalText, RequiredText, Text } from '../../common/dto-rules';
import { ListQueryDto } from '../../common/paging';
import { LinkedMeasureIds, ListParam, TransitionDto } from '../../stabsstelle/record-dto';

const REASON_MAX = 5000;

/**
 * The reason of one criterion: optional, except that a NEGATIVE rating must say why. One rule with
 * one message each, so the form shows exactly what is wrong.
 */
const Reason = () =>
  applyDecorators(
    Text('Begründung', { multiline: true }),
    Transform(({ value }) => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value)),
    ValidateIf((o: CriterionDto, value) => o.impact === 'NEGATIVE' || (value !== undefined && value !== null)),
    ValidateBy({
      name: 'criterionReason',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= REASON_MAX,
        defaultMessage: (args) =>
          args?.value === undefined || args?.value === null
            ? 'Eine negative Bewertung muss begründet werden.'
            : typeof args.value !== 'string'
              ? 'Begründung muss ein Text sein.'
              : `Begründung darf höchstens ${REASON_MAX} Zeichen lang sein.`,
      },
    }),
  );

export class CriterionDto {
  @ApiProperty({ enum: CLIMATE_IMPACTS })
  @IsIn(CLIMATE_IMPACTS, { message: `Auswirkung muss einer der Werte ${CLIMATE_IMPACTS.join(', ')} sein.` })
  impact!: ClimateImpact;
  @ApiPropertyOptional({ nullable: true, description: 'Required for NEGATIVE' }) @Reason() reason?: string | null;
}

const criterion = (key: keyof typeof CLIMATE_CRITERION_LABELS) =>
  applyDecorators(
    ApiPropertyOptional({ type: CriterionDto, nullable: true, description: CLIMATE_CRITERION_LABELS[key] }),
    IsOptional(),
    IsObject({ message: `${CLIMATE_CRITERION_LABELS[key]} muss ein Objekt mit impact und reason sein.` }),
    ValidateNested(),
    Type(() => CriterionDto),
  );

/** Criteria given replace the stored ones; null clears one; criteria left out stay. */
export class CriteriaDto {
  @criterion('GHG_EMISSIONS') GHG_EMISSIONS?: CriterionDto | null;
  @criterion('ENERGY_USE') ENERGY_USE?: CriterionDto | null;
  @criterion('MOBILITY') MOBILITY?: CriterionDto | null;
  @criterion('LAND_USE') LAND_USE?: CriterionDto | null;
  @criterion('CLIMATE_ADAPTATION') CLIMATE_ADAPTATION?: CriterionDto | null;
}

const subjectType = () =>
  IsIn(CLIMATE_CHECK_SUBJECT_TYPES, { message: `Art des Vorhabens muss einer der Werte ${CLIMATE_CHECK_SUBJECT_TYPES.join(', ')} sein.` });

class ClimateCheckFieldsDto {
  @ApiPropertyOptional({ nullable: true, example: 'M 2023 0693' })
  @IsOptional()
  @OptionalText('Aktenzeichen / Vorlagennummer', 50)
  reference?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('Beschreibung des Vorhabens', 10000, { multiline: true })
  description?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Quick check: is the subject climate-relevant at all?' })
  @IsOptional()
  @IsBoolean({ message: 'Klimarelevanz muss true, false oder null sein.' })
  climateRelevant?: boolean | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('Begründung der Klimarelevanz', 5000, { multiline: true })
  relevanceReason?: string | null;
  @ApiPropertyOptional({ type: CriteriaDto })
  @IfPresent()
  @IsObject({ message: 'Kriterien müssen als Objekt je Kriterium angegeben werden.' })
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria?: CriteriaDto;
  @ApiPropertyOptional({ nullable: true, description: 't CO2e per year; negative = savings' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Geschätzte THG-Wirkung muss eine Zahl sein.' })
  @Min(-1e9, { message: 'Geschätzte THG-Wirkung ist unplausibel.' })
  @Max(1e9, { message: 'Geschätzte THG-Wirkung ist unplausibel.' })
  estimatedGhgEffectT?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Geprüfte Alternativen', 10000, { multiline: true }) alternatives?:
    | string
    | null;
  @LinkedMeasureIds() linkedMeasureIds?: string[];
}

export class CreateClimateCheckDto extends ClimateCheckFieldsDto implements ClimateCheckInput {
  @ApiProperty({ enum: CLIMATE_CHECK_SUBJECT_TYPES }) @subjectType() subjectType!: ClimateCheckSubjectType;
  @ApiProperty({ example: 'Neubau Feuerwache Nord' }) @RequiredText('Titel', 300) title!: string;
  @ApiPropertyOptional({ description: 'Required for climate managers; a department always checks for its own org unit' })
  @IfPresent()
  @IsUUID('all', { message: 'Organisationseinheit muss eine UUID sein.' })
  orgUnitId?: string;
}

export class UpdateClimateCheckDto extends ClimateCheckFieldsDto implements ClimateCheckUpdate {
  @ApiPropertyOptional({ enum: CLIMATE_CHECK_SUBJECT_TYPES }) @IfPresent() @subjectType() subjectType?: ClimateCheckSubjectType;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Titel', 300) title?: string;
  @ApiPropertyOptional({ description: 'Climate managers only' })
  @IfPresent()
  @IsUUID('all', { message: 'Organisationseinheit muss eine UUID sein.' })
  orgUnitId?: string;
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}

export class ReviewClimateCheckDto extends TransitionDto implements ClimateCheckReviewInput {
  @ApiProperty({ description: 'The Stellungnahme of the climate managers' })
  @RequiredText('Stellungnahme', 20000, { multiline: true })
  statement!: string;
}

export class ClimateCheckQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CLIMATE_CHECK_STATUSES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(CLIMATE_CHECK_STATUSES, { each: true, message: `status muss aus ${CLIMATE_CHECK_STATUSES.join(', ')} sein.` })
  status?: ClimateCheckStatus[];

  @ApiPropertyOptional({ enum: CLIMATE_CHECK_SUBJECT_TYPES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(CLIMATE_CHECK_SUBJECT_TYPES, { each: true, message: `subjectType muss aus ${CLIMATE_CHECK_SUBJECT_TYPES.join(', ')} sein.` })
  subjectType?: ClimateCheckSubjectType[];

  @ApiPropertyOptional({ enum: CLIMATE_IMPACTS, isArray: true, description: 'Any criterion rated one of these' })
  @IsOptional()
  @ListParam()
  @IsIn(CLIMATE_IMPACTS, { each: true, message: `impact muss aus ${CLIMATE_IMPACTS.join(', ')} sein.` })
  impact?: ClimateImpact[];

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' }) orgUnitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'measureId muss eine UUID sein.' }) measureId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'climateRelevant muss true oder false sein.' })
  climateRelevant?: 'true' | 'false';
}
