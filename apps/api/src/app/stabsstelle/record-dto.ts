import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsUUID, Min } from 'class-validator';
import { IfPresent } from '../common/dto-rules';

/** Request building blocks of the Stabsstelle's records: trainings, consultations and climate checks. */

/** `status=A,B` and `status=A&status=B` both mean "one of". */
export const ListParam = () =>
  Transform(({ value }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );

/** Up to 20 measures that a record refers to. */
export const LinkedMeasureIds = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [String] }),
    IfPresent(),
    IsArray({ message: 'Verknüpfte Maßnahmen müssen als Liste angegeben werden.' }),
    ArrayMaxSize(20, { message: 'Höchstens 20 verknüpfte Maßnahmen.' }),
    ArrayUnique({ message: 'Eine Maßnahme ist doppelt verknüpft.' }),
    IsUUID('all', { each: true, message: 'Jede verknüpfte Maßnahme muss eine UUID sein.' }),
  );

/** The optional `version` of a state transition: when given, a stale one is answered with 409. */
export class TransitionDto {
  @ApiPropertyOptional({ description: 'The version that was read' })
  @IfPresent()
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version?: number;
}
