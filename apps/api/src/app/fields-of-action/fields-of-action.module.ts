import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldOfActionEntity } from './field-of-action.entity';
import { FieldsOfActionController } from './fields-of-action.controller';
import { FieldsOfActionService } from './fields-of-action.service';

@Module({
  imports: [TypeOrmModule.forFeature([FieldOfActionEntity])],
  controllers: [FieldsOfActionController],
  providers: [FieldsOfActionService],
  exports: [FieldsOfActionService],
})
export class FieldsOfActionModule {}
