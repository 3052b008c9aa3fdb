import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ExportReportsQueryDto {
  @ApiProperty() @IsUUID('all', { message: 'periodId muss eine UUID sein.' }) periodId!: string;
}
