import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INDICATOR_DIRECTIONS, type IndicatorDirection, type IndicatorInput, type IndicatorValueInput } from '@klimaschutz/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Code, IfPresent, IsCalendarDate, OptionalText, RequiredText } from '../../common/dto-rules';
import { ListQueryDto } from '../../common/paging';

const year = (label: string) => [
  IsInt({ message: `${label} muss eine Jahreszahl sein.` }),
  Min(1990, { message: `${label} muss zwischen 1990 und 2100 liegen.` }),
  Max(2100, { message: `${label} muss zwischen 1990 und 2100 liegen.` }),
];
const finite = (label: string) => IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label} muss eine Zahl sein.` });
const direction = IsIn(INDICATOR_DIRECTIONS, { message: 'Richtung muss UP oder DOWN sein.' });
const applyAll =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

export class CreateIndicatorDto implements IndicatorInput {
  @ApiProperty({ example: 'K-01' }) @Code('Kennung', 20) code!: string;
  @ApiProperty({ example: 'CO2-Emissionen gesamt' }) @RequiredText('Name', 200) name!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Beschreibung', 5000, { multiline: true }) description?:
    | string
    | null;
  @ApiProperty({ example: 't CO2e/a' }) @RequiredText('Einheit', 40) unit!: string;
  @ApiProperty({ enum: INDICATOR_DIRECTIONS }) @direction direction!: IndicatorDirection;
  @ApiProperty() @applyAll(year('Basisjahr')) baselineYear!: number;
  @ApiProperty() @finite('Basiswert') baselineValue!: number;
  @ApiProperty() @applyAll(year('Zieljahr')) targetYear!: number;
  @ApiProperty() @finite('Zielwert') targetValue!: number;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Handlungsfeld muss eine UUID sein.' })
  fieldOfActionId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @IsArray({ message: 'Maßnahmen müssen als Liste angegeben werden.' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'Eine Maßnahme ist doppelt angegeben.' })
  @IsUUID('all', { each: true, message: 'Jede Maßnahme muss als UUID angegeben werden.' })
  measureIds?: string[];
}

export class UpdateIndicatorDto implements Partial<IndicatorInput> {
  @ApiPropertyOptional() @IfPresent() @Code('Kennung', 20) code?: string;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Name', 200) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Beschreibung', 5000, { multiline: true }) description?:
    | string
    | null;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Einheit', 40) unit?: string;
  @ApiPropertyOptional({ enum: INDICATOR_DIRECTIONS }) @IfPresent() @direction direction?: IndicatorDirection;
  @ApiPropertyOptional() @IfPresent() @applyAll(year('Basisjahr')) baselineYear?: number;
  @ApiPropertyOptional() @IfPresent() @finite('Basiswert') baselineValue?: number;
  @ApiPropertyOptional() @IfPresent() @applyAll(year('Zieljahr')) targetYear?: number;
  @ApiPropertyOptional() @IfPresent() @finite('Zielwert') targetValue?: number;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Handlungsfeld muss eine UUID sein.' })
  fieldOfActionId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @IsArray({ message: 'Maßnahmen müssen als Liste angegeben werden.' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'Eine Maßnahme ist doppelt angegeben.' })
  @IsUUID('all', { each: true, message: 'Jede Maßnahme muss als UUID angegeben werden.' })
  measureIds?: string[];
  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}

export class CreateIndicatorValueDto implements IndicatorValueInput {
  @ApiProperty({ format: 'date' }) @IsCalendarDate('Datum') date!: string;
  @ApiProperty() @finite('Wert') value!: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Quelle', 300) source?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Anmerkung', 2000, { multiline: true }) note?: string | null;
}

export class IndicatorQueryDto extends ListQueryDto {
  @IsOptional() @IsUUID('all', { message: 'fieldOfActionId muss eine UUID sein.' }) fieldOfActionId?: string;
  @IsOptional() @IsUUID('all', { message: 'measureId muss eine UUID sein.' }) measureId?: string;
}
