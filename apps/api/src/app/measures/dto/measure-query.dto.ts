import { ApiPropertyOptional } from '@nestjs/swagger';
import { ASSESSMENTS, MEASURE_STATUSES, type Assessment, type MeasureStatus } from '@klimaschutz/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from '../../common/paging';

/** `status=PLANNED,DELAYED` and `status=PLANNED&status=DELAYED` both mean "one of". */
const list = () =>
  Transform(({ value }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );

export class MeasureQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: MEASURE_STATUSES, isArray: true })
  @IsOptional()
  @list()
  @IsIn(MEASURE_STATUSES, { each: true, message: `status muss aus ${MEASURE_STATUSES.join(', ')} sein.` })
  status?: MeasureStatus[];

  @ApiPropertyOptional({ enum: ASSESSMENTS, isArray: true })
  @IsOptional()
  @list()
  @IsIn(ASSESSMENTS, { each: true, message: `assessment muss aus ${ASSESSMENTS.join(', ')} sein.` })
  assessment?: Assessment[];

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'fieldOfActionId muss eine UUID sein.' }) fieldOfActionId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'orgUnitId muss eine UUID sein.' }) orgUnitId?: string;

  @ApiPropertyOptional({ enum: ['lead', 'any'], description: 'With orgUnitId: only where it leads, or lead or participating (default)' })
  @IsOptional()
  @IsIn(['lead', 'any'], { message: 'orgUnitRole muss lead oder any sein.' })
  orgUnitRole?: 'lead' | 'any';

  @ApiPropertyOptional() @IsOptional() @IsIn(['true', 'false'], { message: 'published muss true oder false sein.' }) published?:
    | 'true'
    | 'false';

  @ApiPropertyOptional({ description: 'false (default): active measures; true: the archive' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'archived muss true oder false sein.' })
  archived?: 'true' | 'false';
}
