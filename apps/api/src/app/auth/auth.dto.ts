import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

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
