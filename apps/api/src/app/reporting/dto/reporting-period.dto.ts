import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReportingPeriodInput, ReportingPeriodUpdate } from '@klimaschutz/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IfPresent, IsCalendarDate, RequiredText } from '../../common/dto-rules';
import { ListQueryDto } from '../../common/paging';

export class CreateReportingPeriodDto implements ReportingPeriodInput {
  @ApiProperty({ example: 'Sachstand 2026/2027' }) @RequiredText('Name', 100) name!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate('Beginn') startDate!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate('Ende') endDate!: string;
  @ApiProperty({ format: 'date', description: 'Reports are due on this day (inclusive)' }) @IsCalendarDate('Abgabefrist') dueDate!: string;
  @ApiPropertyOptional() @IfPresent() @IsBoolean({ message: 'Abgeschlossen muss true oder false sein.' }) closed?: boolean;
}

export class UpdateReportingPeriodDto implements ReportingPeriodUpdate {
  @ApiPropertyOptional() @IfPresent() @RequiredText('Name', 100) name?: string;
  @ApiPropertyOptional({ format: 'date' }) @IfPresent() @IsCalendarDate('Beginn') startDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IfPresent() @IsCalendarDate('Ende') endDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IfPresent() @IsCalendarDate('Abgabefrist') dueDate?: string;
  @ApiPropertyOptional({ description: 'true closes the period, false reopens it' })
  @IfPresent()
  @IsBoolean({ message: 'Abgeschlossen muss true oder false sein.' })
  closed?: boolean;
  @ApiProperty({ description: 'The version that was read' })
  @IsInt({ message: 'version muss eine ganze Zahl sein.' })
  @Min(1, { message: 'version muss mindestens 1 sein.' })
  version!: number;
}

export class ReportingPeriodQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'true: closed periods only; false: open ones only' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'closed muss true oder false sein.' })
  closed?: 'true' | 'false';
}
