import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { DashboardController } from './dashboard.controller';
import { SnapshotService } from './snapshot.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusSnapshotEntity])],
  controllers: [DashboardController],
  providers: [SnapshotService],
  exports: [SnapshotService],
})
export class DashboardModule {}
