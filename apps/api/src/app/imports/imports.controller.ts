import { Body, Controller, Get, HttpCode, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { MultipartBody } from '../common/request-body';
import { UuidParam } from '../common/uuid-param';
import { IMPORT_LIMITS } from './import-file';
import { ImportPreviewDto } from './import.dto';
import { ImportsService } from './imports.service';
import { buildTemplate } from './template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('template.xlsx')
  @Roles(...ROLE_SETS.climateManager)
  async template(@Res() res: Response) {
    const buffer = await buildTemplate(this.dataSource.manager);
    res.type(XLSX).attachment('massnahmen-vorlage.xlsx').send(buffer);
  }

  /** Upload (multipart field `file`): reads the file, recognises the columns and answers with a preview. Writes no data. */
  @Post()
  @Roles(...ROLE_SETS.climateManager)
  @MultipartBody()
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_LIMITS.maxBytes, files: 1, fields: 5 } }))
  upload(@UploadedFile() file: { originalname: string; buffer: Buffer } | undefined, @CurrentUser() user: AuthUser) {
    return this.imports.upload(file, user);
  }

  /** Finished imports of the last 30 days, newest first, with whether each can still be undone. */
  @Get()
  @Roles(...ROLE_SETS.climateManager)
  list() {
    return this.imports.list();
  }

  @Get(':id')
  @Roles(...ROLE_SETS.climateManager)
  get(@UuidParam() id: string) {
    return this.imports.get(id);
  }

  /** Takes a finished import back (409 with the reasons when someone has worked with what it wrote since). */
  @Post(':id/undo')
  @HttpCode(200)
  @Roles(...ROLE_SETS.climateManager)
  undo(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.imports.undo(id, user);
  }

  @Post(':id/preview')
  @HttpCode(200)
  @Roles(...ROLE_SETS.climateManager)
  preview(@UuidParam() id: string, @Body() dto: ImportPreviewDto) {
    return this.imports.preview(id, dto);
  }

  /** Starts the import in the background (one transaction); poll GET /imports/:id for progress. */
  @Post(':id/commit')
  @HttpCode(202)
  @Roles(...ROLE_SETS.climateManager)
  commit(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.imports.commit(id, user);
  }
}
