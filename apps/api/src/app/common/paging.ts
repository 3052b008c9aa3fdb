import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Page } from '@klimaschutz/contracts';

export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Seite muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Seite muss mindestens 1 sein.' })
  @Max(100000, { message: 'Seite ist zu groß.' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Seitengröße muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Seitengröße muss mindestens 1 sein.' })
  @Max(500, { message: 'Seitengröße darf höchstens 500 sein.' })
  pageSize?: number;

  @ApiPropertyOptional({ description: '`field` ascending or `-field` descending' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]{1,40}$/, { message: 'Sortierung muss ein Feldname sein, optional mit "-" davor.' })
  sort?: string;

  @ApiPropertyOptional({ description: 'Full-text search' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Suchbegriff darf höchstens 200 Zeichen lang sein.' })
  q?: string;
}

/** For lists in a fixed order without search (histories, inboxes): `sort` and `q` are refused as unknown, not ignored. */
export class PageQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {}

export function paging(query: Pick<ListQueryDto, 'page' | 'pageSize'>): { page: number; pageSize: number; skip: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return { page, pageSize, skip: (page - 1) * pageSize };
}

/** Maps `-title` onto a whitelisted column; an unknown key is a client error, not a silent default. */
export function sortOrder(
  sort: string | undefined,
  allowed: Record<string, string>,
  fallback: [string, 'ASC' | 'DESC'],
): [string, 'ASC' | 'DESC'] {
  if (!sort) return fallback;
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  // Own keys only: `constructor`, `toString` … are on every object's prototype.
  const column = Object.hasOwn(allowed, key) ? allowed[key] : undefined;
  if (!column) {
    throw new BadRequestException({
      detail: `Nach „${key}“ kann nicht sortiert werden. Erlaubt: ${Object.keys(allowed).join(', ')}.`,
      errors: [{ field: 'sort', message: `Unbekanntes Sortierfeld „${key}“.` }],
    });
  }
  return [column, desc ? 'DESC' : 'ASC'];
}

export function pageOf<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, total, page, pageSize };
}

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
export function likePattern(q: string): string {
  return `%${q.toLocaleLowerCase('de-DE').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
