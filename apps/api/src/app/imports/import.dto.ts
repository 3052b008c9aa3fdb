import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IMPORT_FIELDS,
  MASTER_DATA_KINDS,
  type ImportField,
  type ImportMapping,
  type ImportPreviewRequest,
  type MasterDataDecision,
} from '@klimaschutz/contracts';
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
          Object.entries(value as object).every(
            ([k, v]) => /^\d{1,3}$/.test(k) && (v === null || (IMPORT_FIELDS as readonly string[]).includes(v as string)),
          ),
        defaultMessage: () => `mapping ordnet Spaltennummern ("0", "1", …) einem Feld aus ${IMPORT_FIELDS.join(', ')} oder null zu.`,
      },
    },
    options,
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECISION_KEY = new RegExp(`^(${MASTER_DATA_KINDS.join('|')}):[^\\u0000-\\u001f]{1,120}$`);

const isDecision = (value: unknown): value is MasterDataDecision => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { action, ...rest } = value as Record<string, unknown>;
  const keys = Object.keys(rest);
  if (action === 'MATCH') return keys.length === 1 && typeof rest['targetId'] === 'string' && UUID.test(rest['targetId']);
  if (action === 'RENAME') return keys.length === 0;
  if (action === 'CREATE') return keys.length === 0 || (keys.length === 1 && typeof rest['code'] === 'string' && rest['code'].length <= 20);
  return false;
};

const isDecisions = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isMasterDataDecisions',
      validator: {
        validate: (value: unknown) =>
          Boolean(value) &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.keys(value as object).length <= 500 &&
          Object.entries(value as object).every(([k, v]) => DECISION_KEY.test(k) && isDecision(v)),
        defaultMessage: () =>
          'masterData ordnet „ART:Schlüssel“ (FIELD_OF_ACTION, ORG_UNIT, REPORTING_PERIOD) eine Entscheidung zu: {"action":"MATCH","targetId":"<uuid>"}, {"action":"RENAME"} oder {"action":"CREATE","code":"<neue Kennung>"}.',
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

  @ApiPropertyOptional({
    type: 'object',
    description:
      'Decisions for master data, by "KIND:key" (e.g. "FIELD_OF_ACTION:E"); items left out keep the default (match an existing record unchanged, else create)',
    additionalProperties: {
      type: 'object',
      properties: {
        action: { type: 'string', enum: ['MATCH', 'RENAME', 'CREATE'] },
        targetId: { type: 'string', format: 'uuid' },
        code: { type: 'string', maxLength: 20 },
      },
      required: ['action'],
    },
  })
  @IsOptional()
  @isDecisions()
  masterData?: Record<string, MasterDataDecision>;
}
