import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MILESTONE_STATES, type MilestoneInput, type MilestoneState } from '@klimaschutz/contracts';
import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IfPresent, IsCalendarDate, RequiredText } from '../../common/dto-rules';

const stateRule = IsIn(MILESTONE_STATES, { message: `Zustand muss einer der Werte ${MILESTONE_STATES.join(', ')} sein.` });

export class CreateMilestoneDto implements MilestoneInput {
  @ApiProperty() @RequiredText('Titel', 300) title!: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Verantwortliche Einheit muss eine UUID sein.' })
  responsibleOrgUnitId?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Fälligkeitsdatum') dueDate?: string | null;
  @ApiPropertyOptional({ enum: MILESTONE_STATES }) @IfPresent() @stateRule state?: MilestoneState;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Erledigt am') doneDate?: string | null;
}

export class UpdateMilestoneDto implements Partial<MilestoneInput> {
  @ApiPropertyOptional() @IfPresent() @RequiredText('Titel', 300) title?: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Verantwortliche Einheit muss eine UUID sein.' })
  responsibleOrgUnitId?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Fälligkeitsdatum') dueDate?: string | null;
  @ApiPropertyOptional({ enum: MILESTONE_STATES }) @IfPresent() @stateRule state?: MilestoneState;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsCalendarDate('Erledigt am') doneDate?: string | null;
  @ApiProperty() @IsInt({ message: 'version muss eine ganze Zahl sein.' }) @Min(1) version!: number;
}
