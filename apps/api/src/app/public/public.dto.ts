import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEASURE_STATUSES, type FeedbackInput, type MeasureStatus } from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IsCalendarDate, OptionalText, RequiredText } from '../common/dto-rules';
import { ListQueryDto } from '../common/paging';

export class PublicMeasureQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'fieldOfActionId muss eine UUID sein.' }) fieldOfActionId?: string;
  @ApiPropertyOptional({ enum: MEASURE_STATUSES, isArray: true })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean))
  @IsIn(MEASURE_STATUSES, { each: true, message: `status muss aus ${MEASURE_STATUSES.join(', ')} sein.` })
  status?: MeasureStatus[];
}

export class FeedbackDto implements FeedbackInput {
  @ApiProperty() @RequiredText('Nachricht', 5000, { multiline: true }) message!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Seite', 500) page?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Name', 200) name?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('E-Mail', 254)
  @IsEmail({}, { message: 'E-Mail ist keine gültige Adresse.' })
  email?: string | null;
}

export class UpdateFeedbackDto {
  @ApiProperty() @IsBoolean({ message: 'Erledigt muss true oder false sein.' }) handled!: boolean;
  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}

export class SitePageDto {
  @ApiProperty() @RequiredText('Titel', 200) title!: string;
  @ApiProperty() @RequiredText('Text', 50000, { multiline: true }) body!: string;
  @ApiPropertyOptional({ description: 'The version that was read; omit when the page was never edited' })
  @IsOptional()
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(0)
  version?: number;
}

export class PublicNoteDto {
  @ApiProperty({ format: 'date' }) @IsCalendarDate('Datum') date!: string;
  @ApiProperty() @RequiredText('Text', 2000, { multiline: true }) text!: string;
}
