import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULE_TEXT,
  ROLES,
  type Role,
  type UserErasureRequest,
  type UserInput,
} from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IfPresent, RequiredText } from '../common/dto-rules';
import { ListQueryDto } from '../common/paging';

const lowerTrim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
const PASSWORD_RULE = `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
const PASSWORD_TOO_LONG = `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
// The policy counts characters (code points); class-validator counts UTF-16 units, two per emoji. Twice
// the limit here only stops absurd input; the policy (UsersService) gives the exact reason.

export class CreateUserDto implements UserInput {
  @ApiProperty() @lowerTrim() @IsEmail({}, { message: 'E-Mail ist keine gültige Adresse.' }) @MaxLength(254) email!: string;
  @ApiProperty() @RequiredText('Name', 200) displayName!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `Rolle muss eine von ${ROLES.join(', ')} sein.` }) role!: Role;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Organisationseinheit muss eine UUID sein.' })
  orgUnitId?: string | null;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'Aktiv muss true oder false sein.' }) active?: boolean;
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: PASSWORD_RULE_TEXT })
  @IsString({ message: PASSWORD_RULE })
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_RULE })
  @MaxLength(PASSWORD_MAX_LENGTH * 2, { message: PASSWORD_TOO_LONG })
  password!: string;
}

export class UpdateUserDto implements Partial<UserInput> {
  @ApiPropertyOptional()
  @IfPresent()
  @lowerTrim()
  @IsEmail({}, { message: 'E-Mail ist keine gültige Adresse.' })
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional() @IfPresent() @RequiredText('Name', 200) displayName?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IfPresent() @IsIn(ROLES, { message: `Rolle muss eine von ${ROLES.join(', ')} sein.` }) role?: Role;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Organisationseinheit muss eine UUID sein.' })
  orgUnitId?: string | null;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'Aktiv muss true oder false sein.' }) active?: boolean;
  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: PASSWORD_RULE_TEXT })
  @IfPresent()
  @IsString({ message: PASSWORD_RULE })
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_RULE })
  @MaxLength(PASSWORD_MAX_LENGTH * 2, { message: PASSWORD_TOO_LONG })
  password?: string;
  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}

export class UserQueryDto extends ListQueryDto {
  @IsOptional() @IsIn(ROLES, { message: `Rolle muss eine von ${ROLES.join(', ')} sein.` }) role?: Role;
  @IsOptional() @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' }) orgUnitId?: string;
}

export class EraseUserDto implements UserErasureRequest {
  @ApiProperty({ description: 'The version that was read: the erasure applies to the account as the admin saw it' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}
