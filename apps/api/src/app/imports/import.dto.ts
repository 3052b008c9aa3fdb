import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportPreviewRequest } from '@klimaschutz/contracts';
import { IsObject, IsOptional, IsString, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';

const isMapping = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isImportMapping',
      validator: {
        validate: (value: unknown) =>
          Boolean(value) &&
          typeof value === 'object' &&
          Object.entries(value as object).length <= 200 &&
          Object.entries(value as object).every(([k, v]) => /^\d{1,3}$/.test(k) && (v === null || (IMPORT_FIELDS as readonly string[]).includes(v as string))),
        defaultMessage: () => `mapping ordnet Spaltennummern ("0", "1", …) einem Feld aus ${IMPORT_FIELDS.join(', ')} oder null zu.`,
      },
    },
    options,
  );

export class ImportPreviewDto implements ImportPreviewRequest {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: [...IMPORT_FIELDS], nullable: true } })
  @IsObject({ message: 'mapping muss ein Objekt sein.' })
  @isMapping()
  mapping!: Record<string, ImportField | null> & ImportMapping;

  @ApiPropertyOptional({ nullable: true, description: 'Code of the org unit that leads new measures whose row names none' })
  @IsOptional()
  @IsString({ message: 'defaultLeadOrgUnit muss die Kennung einer Organisationseinheit sein.' })
  @MaxLength(20, { message: 'defaultLeadOrgUnit darf höchstens 20 Zeichen lang sein.' })
  defaultLeadOrgUnit?: string | null;
}
