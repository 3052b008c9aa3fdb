import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  LOCALES,
  PASSWORD_MAX_LENGTH,
  type Locale,
  type LocaleUpdate,
  ROLES,
  type AccountSecurity,
  type LoginRequest,
  type OrgUnitRef,
  type PasswordChangeRequest,
  type RecoveryCodes,
  type Role,
  type SecondFactorChallenge,
  type SessionUser,
  type SignInPolicy,
  type SignInPolicyUpdate,
  type TotpCodeRequest,
  type TotpDisableRequest,
  type TotpEnrolment,
  type TotpLoginRequest,
} from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'klimaschutz@musterstadt.de' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'Bitte E-Mail-Adresse angeben.' })
  @IsNotEmpty({ message: 'Bitte E-Mail-Adresse angeben.' })
  @MaxLength(254, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;

  @ApiProperty()
  @IsString({ message: 'Bitte Passwort angeben.' })
  @IsNotEmpty({ message: 'Bitte Passwort angeben.' })
  @MaxLength(200, { message: 'Das Passwort ist zu lang.' })
  password!: string;
}

/** A six-digit code of the authenticator app, or a recovery code (with or without dashes). */
const Code = () =>
  applyDecorators(
    IsString({ message: 'Bitte den Code angeben.' }),
    IsNotEmpty({ message: 'Bitte den Code angeben.' }),
    MaxLength(40, { message: 'Der Code ist zu lang.' }),
  );

export class TotpLoginDto implements TotpLoginRequest {
  @ApiProperty({ description: 'The challenge of the first login answer' })
  @IsString({ message: 'Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.' })
  @IsNotEmpty({ message: 'Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.' })
  @MaxLength(200, { message: 'Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.' })
  challenge!: string;

  @ApiProperty({ example: '123456', description: 'Six digits of the authenticator app, or a recovery code' })
  @Code()
  code!: string;
}

export class PasswordChangeDto implements PasswordChangeRequest {
  @ApiProperty()
  @IsString({ message: 'Bitte das aktuelle Passwort angeben.' })
  @IsNotEmpty({ message: 'Bitte das aktuelle Passwort angeben.' })
  @MaxLength(200, { message: 'Das aktuelle Passwort ist falsch.' })
  currentPassword!: string;

  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH, description: 'Checked against the password policy (README "Sign-in")' })
  @IsString({ message: 'Bitte ein neues Passwort angeben.' })
  @IsNotEmpty({ message: 'Bitte ein neues Passwort angeben.' })
  @MaxLength(1000, { message: `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.` })
  newPassword!: string;
}

export class TotpCodeDto implements TotpCodeRequest {
  @ApiProperty({ example: '123456' })
  @Code()
  code!: string;
}

export class TotpDisableDto implements TotpDisableRequest {
  @ApiProperty()
  @IsString({ message: 'Bitte Ihr Passwort angeben.' })
  @IsNotEmpty({ message: 'Bitte Ihr Passwort angeben.' })
  @MaxLength(200, { message: 'Das Passwort ist falsch.' })
  password!: string;

  @ApiProperty({ example: '123456', description: 'A code of the authenticator app or a recovery code' })
  @Code()
  code!: string;
}

export class LocaleUpdateDto implements LocaleUpdate {
  @ApiProperty({ enum: LOCALES, description: 'de: German (the default), en: English' })
  @IsIn(LOCALES, { message: `Die Sprache muss ${LOCALES.join(' oder ')} sein.` })
  locale!: Locale;
}

export class SignInPolicyUpdateDto implements SignInPolicyUpdate {
  @ApiProperty({ enum: ROLES, isArray: true, description: 'Roles whose users must sign in with a second factor' })
  @IsArray({ message: 'totpRequiredRoles muss eine Liste von Rollen sein.' })
  @ArrayMaxSize(ROLES.length, { message: 'totpRequiredRoles nennt zu viele Rollen.' })
  @IsIn(ROLES, { each: true, message: `Rollen müssen aus ${ROLES.join(', ')} sein.` })
  totpRequiredRoles!: Role[];

  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}

// ---------------------------------------------------------------- answers, for the OpenAPI document

class OrgUnitRefDto implements OrgUnitRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class SessionUserDto implements SessionUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: OrgUnitRefDto, nullable: true }) orgUnit!: OrgUnitRef | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once the account was erased (anonymised)' })
  erasedAt!: string | null;
  @ApiProperty() totpEnabled!: boolean;
  @ApiProperty({ description: 'The role requires a second factor not yet set up: this session may only set it up' })
  totpEnrolmentRequired!: boolean;
  @ApiProperty({ enum: LOCALES, description: 'Language of the interface, e-mails and council report' }) locale!: Locale;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token; the SPA uses the httpOnly cookie set with it instead' }) accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUser;
}

export class SecondFactorChallengeDto implements SecondFactorChallenge {
  @ApiProperty({ enum: [true] }) secondFactorRequired!: true;
  @ApiProperty({ description: 'For POST /auth/login/totp; valid for five minutes' }) challenge!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class AccountSecurityDto implements AccountSecurity {
  @ApiProperty() totpEnabled!: boolean;
  @ApiProperty({ description: 'An admin requires a second factor for this user’s role' }) totpRequired!: boolean;
  @ApiProperty() recoveryCodesLeft!: number;
}

export class TotpEnrolmentDto implements TotpEnrolment {
  @ApiProperty({ description: 'Base32 secret, to type into the app instead of scanning' }) secret!: string;
  @ApiProperty({ example: 'otpauth://totp/Klimaschutz-Cockpit:…' }) otpauthUri!: string;
  @ApiProperty({ description: 'The otpauth URI as a QR code, SVG markup' }) qrSvg!: string;
}

export class RecoveryCodesDto implements RecoveryCodes {
  @ApiProperty({ type: [String], description: 'Shown this once; each signs in once in place of an app code' }) recoveryCodes!: string[];
}

export class SignInPolicyDto implements SignInPolicy {
  @ApiProperty({ enum: ROLES, isArray: true }) totpRequiredRoles!: Role[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
