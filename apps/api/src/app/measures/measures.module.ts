import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeasureEntity } from './measure.entity';
import { MeasuresController } from './measures.controller';
import { MeasuresService } from './measures.service';
import { MilestoneEntity } from './milestone.entity';
import { MilestonesService } from './milestones.service';

@Module({
  imports: [TypeOrmModule.forFeature([MeasureEntity, MilestoneEntity])],
  controllers: [MeasuresController],
  providers: [MeasuresService, MilestonesService],
  exports: [MeasuresService],
})
export class MeasuresModule {}
