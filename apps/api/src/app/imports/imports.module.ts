import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsPersonalData } from './imports-personal-data';
import { ImportsService } from './imports.service';

@Module({
  controllers: [ImportsController],
  providers: [ImportsService, ImportsPersonalData],
  exports: [ImportsService],
})
export class ImportsModule {}
