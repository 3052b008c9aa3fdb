import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEASURE_STATUSES, pageLinks, type FeedbackInput, type MeasureStatus } from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateBy } from 'class-validator';
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

/** A citizen's message. Sent as JSON by the dashboard, or as an HTML form by a browser without JavaScript. */
export class FeedbackDto implements FeedbackInput {
  @ApiProperty({ maxLength: 5000 }) @RequiredText('Nachricht', 5000, { multiline: true }) message!: string;
  @ApiPropertyOptional({ nullable: true, maxLength: 500 }) @IsOptional() @OptionalText('Seite', 500) page?: string | null;
  @ApiPropertyOptional({ nullable: true, maxLength: 200 }) @IsOptional() @OptionalText('Name', 200) name?: string | null;
  @ApiPropertyOptional({ nullable: true, maxLength: 254, description: 'Only to receive an answer; optional' })
  @IsOptional()
  @OptionalText('E-Mail', 254)
  @IsEmail({}, { message: 'E-Mail ist keine gültige Adresse.' })
  email?: string | null;
  @ApiProperty({ description: 'The token of GET /public/feedback-form, as the form got it when it was shown', maxLength: 200 })
  @IsString({ message: 'Das Formular ist unvollständig. Bitte laden Sie die Seite neu.' })
  @MaxLength(200, { message: 'Das Formular ist unvollständig. Bitte laden Sie die Seite neu.' })
  formToken!: string;
  @ApiPropertyOptional({ nullable: true, description: 'Leave empty: a field hidden from people that robots fill in', maxLength: 500 })
  @IsOptional()
  @OptionalText('website', 500)
  website?: string | null;
}

export class VersionDto {
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}

export class UpdateFeedbackDto {
  @ApiProperty() @IsBoolean({ message: 'Erledigt muss true oder false sein.' }) handled!: boolean;
  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}

/** Every `[Text](Adresse)` of a page text must point to an https/http, mailto or tel address. */
const SafePageLinks = () =>
  ValidateBy({
    name: 'safePageLinks',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || pageLinks(value).every((link) => link.allowed),
      defaultMessage: (args) => {
        const refused = pageLinks(String(args?.value ?? '')).find((link) => !link.allowed);
        return `Der Link „${refused?.text ?? ''}“ führt zu „${refused?.href ?? ''}“. Links dürfen nur zu Adressen mit https://, http://, mailto: oder tel: führen.`;
      },
    },
  });

export class SitePageDto {
  @ApiProperty() @RequiredText('Titel', 200) title!: string;
  @ApiProperty({
    description:
      'Plain text; blank lines separate blocks. `## ` starts a heading, lines starting with `- ` form a list, `[Text](https://…)` is a link (https, http, mailto and tel only).',
  })
  @RequiredText('Text', 50000, { multiline: true })
  @SafePageLinks()
  body!: string;
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
