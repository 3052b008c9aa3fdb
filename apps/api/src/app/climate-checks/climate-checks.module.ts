import { Module } from '@nestjs/common';
import { ClimateChecksController } from './climate-checks.controller';
import { ClimateChecksService } from './climate-checks.service';

@Module({
  controllers: [ClimateChecksController],
  providers: [ClimateChecksService],
  exports: [ClimateChecksService],
})
export class ClimateChecksModule {}
