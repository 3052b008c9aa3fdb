import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  TRAINING_FORMATS,
  TRAINING_STATUSES,
  TRAINING_TOPICS,
  type TrainingFeedbackInput,
  type TrainingFormat,
  type TrainingInput,
  type TrainingRegistrationInput,
  type TrainingStatus,
  type TrainingTopic,
  type TrainingUpdate,
} from '@klimaschutz/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateTime } from '../../common/date-time';
import { IfPresent, IsCalendarDate, OptionalText, RequiredText } from '../../common/dto-rules';
import { ListQueryDto } from '../../common/paging';
import { LinkedMeasureIds, ListParam, TransitionDto } from '../../stabsstelle/record-dto';

const oneOf = (label: string, values: readonly string[]) =>
  IsIn(values, { message: `${label} muss einer der Werte ${values.join(', ')} sein.` });

class TrainingFieldsDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Beschreibung', 5000, { multiline: true }) description?:
    | string
    | null;
  @ApiPropertyOptional({ nullable: true, description: 'Room and address; required for IN_PERSON' })
  @IsOptional()
  @OptionalText('Ort', 300)
  location?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'https link; required for ONLINE' })
  @IsOptional()
  @OptionalText('Online-Link', 500)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Online-Link muss eine https-Adresse sein.' })
  onlineUrl?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Empty: open to the whole administration' })
  @IfPresent()
  @IsArray({ message: 'Zielgruppen müssen als Liste von Organisationseinheiten angegeben werden.' })
  @ArrayMaxSize(100, { message: 'Höchstens 100 Organisationseinheiten als Zielgruppe.' })
  @ArrayUnique({ message: 'Eine Organisationseinheit ist doppelt als Zielgruppe angegeben.' })
  @IsUUID('all', { each: true, message: 'Jede Organisationseinheit der Zielgruppe muss eine UUID sein.' })
  targetOrgUnitIds?: string[];
  @ApiPropertyOptional({ nullable: true, description: 'null: no limit' })
  @IsOptional()
  @IsInt({ message: 'Kapazität muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Kapazität muss mindestens 1 sein.' })
  @Max(10000, { message: 'Kapazität darf höchstens 10000 sein.' })
  capacity?: number | null;
  @LinkedMeasureIds() linkedMeasureIds?: string[];
}

export class CreateTrainingDto extends TrainingFieldsDto implements TrainingInput {
  @ApiProperty({ example: 'Klimacheck in der Praxis' }) @RequiredText('Titel', 300) title!: string;
  @ApiProperty({ enum: TRAINING_TOPICS }) @oneOf('Thema', TRAINING_TOPICS) topic!: TrainingTopic;
  @ApiProperty({ example: '2026-12-03T09:00:00+01:00' }) @IsDateTime('Beginn') startsAt!: string;
  @ApiProperty({ minimum: 15, maximum: 4320 })
  @IsInt({ message: 'Dauer muss eine ganze Zahl (Minuten) sein.' })
  @Min(15, { message: 'Dauer muss mindestens 15 Minuten betragen.' })
  @Max(4320, { message: 'Dauer darf höchstens 4320 Minuten (3 Tage) betragen.' })
  durationMinutes!: number;
  @ApiProperty() @RequiredText('Referent/in', 200) trainer!: string;
  @ApiProperty({ enum: TRAINING_FORMATS }) @oneOf('Format', TRAINING_FORMATS) format!: TrainingFormat;
}

export class UpdateTrainingDto extends TrainingFieldsDto implements TrainingUpdate {
  @ApiPropertyOptional() @IfPresent() @RequiredText('Titel', 300) title?: string;
  @ApiPropertyOptional({ enum: TRAINING_TOPICS }) @IfPresent() @oneOf('Thema', TRAINING_TOPICS) topic?: TrainingTopic;
  @ApiPropertyOptional() @IfPresent() @IsDateTime('Beginn') startsAt?: string;
  @ApiPropertyOptional()
  @IfPresent()
  @IsInt({ message: 'Dauer muss eine ganze Zahl (Minuten) sein.' })
  @Min(15, { message: 'Dauer muss mindestens 15 Minuten betragen.' })
  @Max(4320, { message: 'Dauer darf höchstens 4320 Minuten (3 Tage) betragen.' })
  durationMinutes?: number;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Referent/in', 200) trainer?: string;
  @ApiPropertyOptional({ enum: TRAINING_FORMATS }) @IfPresent() @oneOf('Format', TRAINING_FORMATS) format?: TrainingFormat;
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}

export class CancelTrainingDto extends TransitionDto {
  @ApiProperty() @RequiredText('Grund der Absage', 2000, { multiline: true }) reason!: string;
}

export class RegistrationDto implements TrainingRegistrationInput {
  @ApiProperty({ minimum: 0, description: '0 removes the registration of this org unit' })
  @IsInt({ message: 'Anzahl muss eine ganze Zahl sein.' })
  @Min(0, { message: 'Anzahl darf nicht negativ sein.' })
  @Max(10000, { message: 'Anzahl darf höchstens 10000 sein.' })
  count!: number;
  @ApiPropertyOptional({ type: [String], description: 'Replaces the names of this org unit; at most `count`' })
  @IfPresent()
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  @IsArray({ message: 'Namen müssen als Liste angegeben werden.' })
  @ArrayMaxSize(10000, { message: 'Zu viele Namen.' })
  @IsString({ each: true, message: 'Jeder Name muss ein Text sein.' })
  @IsNotEmpty({ each: true, message: 'Ein Name darf nicht leer sein.' })
  @MaxLength(200, { each: true, message: 'Ein Name darf höchstens 200 Zeichen lang sein.' })
  names?: string[];
}

export class TrainingFeedbackDto implements TrainingFeedbackInput {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'Bewertung muss eine ganze Zahl von 1 bis 5 sein.' })
  @Min(1, { message: 'Bewertung muss zwischen 1 und 5 liegen.' })
  @Max(5, { message: 'Bewertung muss zwischen 1 und 5 liegen.' })
  score!: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Kommentar', 5000, { multiline: true }) comment?: string | null;
}

export class TrainingQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: TRAINING_STATUSES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(TRAINING_STATUSES, { each: true, message: `status muss aus ${TRAINING_STATUSES.join(', ')} sein.` })
  status?: TrainingStatus[];

  @ApiPropertyOptional({ enum: TRAINING_TOPICS, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(TRAINING_TOPICS, { each: true, message: `topic muss aus ${TRAINING_TOPICS.join(', ')} sein.` })
  topic?: TrainingTopic[];

  @ApiPropertyOptional({ enum: TRAINING_FORMATS })
  @IsOptional()
  @IsIn(TRAINING_FORMATS, { message: `format muss ${TRAINING_FORMATS.join(' oder ')} sein.` })
  format?: TrainingFormat;

  @ApiPropertyOptional({ description: 'Trainings aimed at this org unit or at everyone' })
  @IsOptional()
  @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' })
  orgUnitId?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'measureId muss eine UUID sein.' }) measureId?: string;

  @ApiPropertyOptional({ enum: ['upcoming', 'past'] })
  @IsOptional()
  @IsIn(['upcoming', 'past'], { message: 'when muss upcoming oder past sein.' })
  when?: 'upcoming' | 'past';

  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate('from') from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate('to') to?: string;
}

export class TrainingStatsQueryDto {
  @ApiPropertyOptional({ description: 'Calendar year; default: the current one' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year muss eine Jahreszahl sein.' })
  @Min(2000, { message: 'year muss zwischen 2000 und 2100 liegen.' })
  @Max(2100, { message: 'year muss zwischen 2000 und 2100 liegen.' })
  year?: number;

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' }) orgUnitId?: string;
}
