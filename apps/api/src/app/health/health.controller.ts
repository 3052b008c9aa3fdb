import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Health } from '@klimaschutz/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';

const VERSION = process.env['npm_package_version'] ?? '0.1.0';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  private migrated = false;

  constructor(private readonly dataSource: DataSource) {}

  /** 200 once migrations ran and the database answers; 503 otherwise. Load balancers poll this. */
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response): Promise<Health> {
    response.setHeader('Cache-Control', 'no-store');
    try {
      await this.dataSource.query('SELECT 1');
      // Once the schema is current it stays so for this process; then the check is one round trip.
      if (!this.migrated) this.migrated = !(await this.dataSource.showMigrations());
      if (!this.migrated) throw new Error('pending migrations');
      return { status: 'ok', database: 'up', version: VERSION };
    } catch {
      throw new ServiceUnavailableException({ detail: 'Die Datenbank ist nicht erreichbar.' });
    }
  }
}
