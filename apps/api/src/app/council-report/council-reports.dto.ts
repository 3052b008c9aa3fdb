import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import type { CouncilReportJob, CreateCouncilReportRequest, DocumentJobState } from '@klimaschutz/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from '../common/paging';

export class CreateCouncilReportDto implements CreateCouncilReportRequest {
  @ApiProperty({ format: 'uuid', description: 'The reporting period the report covers' })
  @IsUUID('all', { message: 'periodId muss die UUID eines Berichtszeitraums sein.' })
  periodId!: string;
}

export class CouncilReportQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the reports of this reporting period' })
  @IsOptional()
  @IsUUID('all', { message: 'periodId muss eine UUID sein.' })
  periodId?: string;
}

/** For the OpenAPI document only: the shape of `CouncilReportJob`. */
export class CouncilReportJobDto implements CouncilReportJob {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'object', properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } } })
  period!: { id: string; name: string };
  @ApiProperty({ enum: ['RUNNING', 'DONE', 'FAILED'] }) state!: DocumentJobState;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ type: String, nullable: true, example: 'Sachstandsbericht-Sachstand-2025.pdf' }) fileName!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The document is deleted after this instant' }) expiresAt!: string;
}
