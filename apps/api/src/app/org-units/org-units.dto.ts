import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORG_UNIT_KINDS, type OrgUnitInput, type OrgUnitKind } from '@klimaschutz/contracts';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Code, IfPresent, OptionalText, RequiredText } from '../common/dto-rules';
import { ListQueryDto } from '../common/paging';

export class CreateOrgUnitDto implements OrgUnitInput {
  @ApiProperty({ example: '61' }) @Code('Kennung', 20) code!: string;
  @ApiProperty({ example: 'Stadtplanungsamt' }) @RequiredText('Name', 200) name!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS, { message: `Art muss eine von ${ORG_UNIT_KINDS.join(', ')} sein.` })
  kind!: OrgUnitKind;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Übergeordnete Einheit muss eine UUID sein.' })
  parentId?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('E-Mail', 254)
  @IsEmail({}, { message: 'E-Mail ist keine gültige Adresse.' })
  email?: string | null;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'Aktiv muss true oder false sein.' }) active?: boolean;
}

export class UpdateOrgUnitDto implements Partial<OrgUnitInput> {
  @ApiPropertyOptional() @IfPresent() @Code('Kennung', 20) code?: string;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Name', 200) name?: string;
  @ApiPropertyOptional({ enum: ORG_UNIT_KINDS })
  @IfPresent()
  @IsIn(ORG_UNIT_KINDS, { message: `Art muss eine von ${ORG_UNIT_KINDS.join(', ')} sein.` })
  kind?: OrgUnitKind;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Übergeordnete Einheit muss eine UUID sein.' })
  parentId?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @OptionalText('E-Mail', 254)
  @IsEmail({}, { message: 'E-Mail ist keine gültige Adresse.' })
  email?: string | null;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'Aktiv muss true oder false sein.' }) active?: boolean;
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1)
  version!: number;
}

export class OrgUnitQueryDto extends ListQueryDto {
  @IsOptional() @IsIn(['true', 'false'], { message: 'active muss true oder false sein.' }) active?: 'true' | 'false';
}
