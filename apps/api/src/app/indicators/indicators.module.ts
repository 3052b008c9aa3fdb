import { Module } from '@nestjs/common';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsPersonalData } from './indicators-personal-data';
import { IndicatorsService } from './indicators.service';

@Module({ controllers: [IndicatorsController], providers: [IndicatorsService, IndicatorsPersonalData], exports: [IndicatorsService] })
export class IndicatorsModule {}
