import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldOfActionInput } from '@klimaschutz/contracts';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Code, IfPresent, OptionalText, RequiredText } from '../common/dto-rules';

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const COLOUR_MESSAGE = 'Farbe muss als #RRGGBB angegeben werden.';

export class CreateFieldOfActionDto implements FieldOfActionInput {
  @ApiProperty({ example: 'V' }) @Code('Kennung', 10) code!: string;
  @ApiProperty({ example: 'Verkehr' }) @RequiredText('Name', 200) name!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Beschreibung', 5000, { multiline: true }) description?:
    | string
    | null;
  @ApiPropertyOptional() @IfPresent() @IsInt({ message: 'Reihenfolge muss eine ganze Zahl sein.' }) @Min(0) @Max(10000) sortOrder?: number;
  @ApiPropertyOptional({ example: '#1b5e20' }) @IfPresent() @Matches(COLOUR, { message: COLOUR_MESSAGE }) colour?: string;
}

export class UpdateFieldOfActionDto implements Partial<FieldOfActionInput> {
  @ApiPropertyOptional() @IfPresent() @Code('Kennung', 10) code?: string;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Name', 200) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @OptionalText('Beschreibung', 5000, { multiline: true }) description?:
    | string
    | null;
  @ApiPropertyOptional() @IfPresent() @IsInt({ message: 'Reihenfolge muss eine ganze Zahl sein.' }) @Min(0) @Max(10000) sortOrder?: number;
  @ApiPropertyOptional() @IfPresent() @Matches(COLOUR, { message: COLOUR_MESSAGE }) colour?: string;
  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}
