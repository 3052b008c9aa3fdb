import {
  applyDecorators,
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { MultipartBody } from '../common/request-body';
import { IMPORT_LIMITS } from '../imports/import-file';
import { PublicThrottlerGuard } from '../public/public-throttler.guard';
import { YEAR_RANGE } from './emission-import';
import { EmissionImportService, type UploadedBalanceFile } from './emission-import.service';
import {
  EmissionBalanceDto,
  EmissionBalanceYearDto,
  EmissionImportApplyDto,
  EmissionImportPreviewDto,
  EmissionImportResultDto,
  EmissionMeasureRankingDto,
  EmissionOverviewDto,
  EmissionSectorDto,
  EmissionSectorInputDto,
  EmissionTargetsDto,
  EmissionTargetsInputDto,
  EmissionYearDeleteQueryDto,
  EmissionYearInputDto,
  ProblemDetailsDto,
  PublicEmissionsDto,
} from './emissions.dto';
import { EmissionsService } from './emissions.service';

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Invalid input; `detail` and `errors` name the problem (nothing stored)',
  401: 'Not signed in',
  403: 'The role may not do this',
  404: 'Not found',
  409: 'Stale `version` (someone changed it since it was read) or a duplicate code; nothing changed',
};

/** The problem+json answers of a route, typed. */
const Problems = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: PROBLEM_TEXT[status], type: ProblemDetailsDto })));

/** A year in the path: four digits within the accepted range, else 400 naming the parameter. */
const YearParam = () =>
  Param('year', {
    transform: (value: string) => {
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
      if (Number.isNaN(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
        const message = `Der Pfadparameter „year“ muss ein Jahr zwischen ${YEAR_RANGE.min} und ${YEAR_RANGE.max} sein.`;
        throw new BadRequestException({ detail: message, errors: [{ field: 'year', message }] });
      }
      return year;
    },
  });

/**
 * GHG balance, targets, path, gap and measure effects (issue #17). Everything in t CO2e.
 * Read: every signed-in role. Write: climate managers (as for measures and indicators).
 */
@ApiTags('emissions')
@ApiBearerAuth()
@Controller('emissions')
export class EmissionsController {
  constructor(
    private readonly emissions: EmissionsService,
    private readonly imports: EmissionImportService,
  ) {}

  @Get('sectors')
  @Roles(...ROLE_SETS.everyone)
  @ApiOperation({ summary: "The city's sector list (BISKO's five by default, plus its own)" })
  @ApiOkResponse({ type: [EmissionSectorDto] })
  @Problems(401)
  sectors() {
    return this.emissions.sectors();
  }

  @Post('sectors')
  @Roles(...ROLE_SETS.climateManager)
  @ApiOperation({ summary: 'Adds a sector of its own to the city (e.g. Wärme, Strom)' })
  @ApiCreatedResponse({ type: EmissionSectorDto })
  @Problems(400, 401, 403, 409)
  createSector(@Body() dto: EmissionSectorInputDto, @CurrentUser() user: AuthUser) {
    return this.emissions.createSector(dto, user);
  }

  @Get('balance')
  @Roles(...ROLE_SETS.everyone)
  @ApiOperation({
    summary: 'The balance: years × sectors, reported total and sector sum (mismatch flagged above 0.5 % or 1 kt), population, t per capita',
  })
  @ApiOkResponse({ type: EmissionBalanceDto })
  @Problems(401)
  balance(@CurrentUser() user: AuthUser) {
    return this.emissions.balance(user);
  }

  @Put('balance/:year')
  @Roles(...ROLE_SETS.climateManager)
  @ApiOperation({ summary: "Replaces one year's values (sectorId null = reported total); send the year's version, omit it for a new year" })
  @ApiParam({ name: 'year', type: Number, example: 2022 })
  @ApiOkResponse({ type: EmissionBalanceYearDto })
  @Problems(400, 401, 403, 409)
  putYear(@YearParam() year: number, @Body() dto: EmissionYearInputDto, @CurrentUser() user: AuthUser) {
    return this.emissions.putYear(year, dto, user);
  }

  @Delete('balance/:year')
  @HttpCode(204)
  @Roles(...ROLE_SETS.climateManager)
  @ApiOperation({ summary: 'Deletes a year of the balance (with `?version=` a stale one gets 409)' })
  @ApiParam({ name: 'year', type: Number, example: 2022 })
  @ApiNoContentResponse({ description: 'Deleted' })
  @Problems(400, 401, 403, 404, 409)
  async deleteYear(@YearParam() year: number, @Query() query: EmissionYearDeleteQueryDto, @CurrentUser() user: AuthUser) {
    await this.emissions.deleteYear(year, query.version, user);
  }

  @Get('targets')
  @Roles(...ROLE_SETS.everyone)
  @ApiOperation({
    summary: 'The target set (base year, neutrality year, interim targets, path mode and points, budget); version 0 = none saved',
  })
  @ApiOkResponse({ type: EmissionTargetsDto })
  @Problems(401)
  targets(@CurrentUser() user: AuthUser) {
    return this.emissions.targets(user);
  }

  @Put('targets')
  @Roles(...ROLE_SETS.climateManager)
  @ApiOperation({ summary: 'Saves the target set; send the version as read (0 for the first time)' })
  @ApiOkResponse({ type: EmissionTargetsDto })
  @Problems(400, 401, 403, 409)
  putTargets(@Body() dto: EmissionTargetsInputDto, @CurrentUser() user: AuthUser) {
    return this.emissions.putTargets(dto, user);
  }

  @Get('overview')
  @Roles(...ROLE_SETS.everyone)
  @ApiOperation({
    summary: 'Latest balance, change vs base year, path, projection, gap and Klimaschutzlücke — city-wide and per sector',
    description:
      'Latest year: the latest year with a reported total or with every sector in use. Gap = latest − path value of that year ' +
      '(% of that path value). Projection: latest balance − expected reductions (t/yr) of the measures active in each year ' +
      '(start = year of actualStart ?? plannedStart; active while start ≤ year < start + lifetime, no lifetime = until the target ' +
      'year; cancelled and archived measures left out). Target year = neutrality year (else the last path point). ' +
      'Klimaschutzlücke = projection − path value in the target year, in t and in % of the path value in the base year ' +
      '(the path in the neutrality year is usually 0 and cannot be the reference). Sectors: measures naming the sector; ' +
      'measures naming none count city-wide only (`unassignedReductionT`).',
  })
  @ApiOkResponse({ type: EmissionOverviewDto })
  @Problems(401)
  overview() {
    return this.emissions.overview();
  }

  @Get('measures')
  @Roles(...ROLE_SETS.everyone)
  @ApiOperation({
    summary: 'Measures ranked by effect: t CO2e/yr, and € per tonne over the lifetime = cost / (reduction × years)',
    description:
      'Years = lifetime, or (no lifetime) the start year up to the target year. Measures without a reduction, a cost ' +
      'estimate or usable years are listed in `withoutEstimate` with what is missing. Cancelled and archived measures are left out.',
  })
  @ApiOkResponse({ type: EmissionMeasureRankingDto })
  @Problems(401)
  measures() {
    return this.emissions.ranking();
  }

  @Post('import/preview')
  @HttpCode(200)
  @Roles(...ROLE_SETS.climateManager)
  @MultipartBody()
  @ApiOperation({
    summary:
      'Reads a balance file (CSV or XLSX, multipart field `file`) and answers what it understood, with numbered rules. Stores nothing.',
    description:
      'Errors in the content (non-numeric values, years out of range, duplicates …) are rules of severity ERROR and make ' +
      '`canApply` false; a file that cannot be read at all is a 400.',
  })
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: EmissionImportPreviewDto })
  @Problems(400, 401, 403)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_LIMITS.maxBytes, files: 1, fields: 5 } }))
  preview(@UploadedFile() file: UploadedBalanceFile | undefined) {
    return this.imports.preview(file);
  }

  @Post('import/apply')
  @HttpCode(200)
  @Roles(...ROLE_SETS.climateManager)
  @MultipartBody()
  @ApiOperation({
    summary: "Applies a previewed file (the same file again, the preview's token and the decisions) in one transaction",
    description:
      'Any ERROR rule: 400 naming each with its lines, nothing stored. Plan rows become the path (mode POINTS) unless usePlanRowsAsPath=false.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'token', 'existingYears'],
      properties: {
        file: { type: 'string', format: 'binary' },
        token: { type: 'string' },
        existingYears: { type: 'string', enum: ['REPLACE', 'KEEP'] },
        usePlanRowsAsPath: { type: 'string', enum: ['true', 'false'] },
      },
    },
  })
  @ApiOkResponse({ type: EmissionImportResultDto })
  @Problems(400, 401, 403, 409)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_LIMITS.maxBytes, files: 1, fields: 5 } }))
  apply(@UploadedFile() file: UploadedBalanceFile | undefined, @Body() dto: EmissionImportApplyDto, @CurrentUser() user: AuthUser) {
    return this.imports.apply(file, dto, user);
  }
}

/** The published balance totals and path for the public page and open data (no sign-in). */
@ApiTags('public')
@Controller('public')
@Public()
@UseGuards(PublicThrottlerGuard)
export class PublicEmissionsController {
  constructor(private readonly emissions: EmissionsService) {}

  @Get('open-data/emissions.csv')
  @Header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="thg-bilanz-und-zielpfad.csv"')
  @ApiOperation({
    summary: 'Open data: the published balance totals and the target path as CSV (columns jahr;art;t_co2e;einwohner;lizenz)',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  publicEmissionsCsv() {
    return this.emissions.publicEmissionsCsv();
  }

  @Get('emissions')
  @Header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
  @ApiOperation({
    summary: 'Published balance totals per year and the target path (t CO2e); empty with published=false until the target set is published',
  })
  @ApiOkResponse({ type: PublicEmissionsDto })
  publicEmissions() {
    return this.emissions.publicEmissions();
  }
}
