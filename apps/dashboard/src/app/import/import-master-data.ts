import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { masterDataKey, type MasterDataDecision, type MasterDataItem, type MasterDataKind } from '@klimaschutz/contracts';

/** A record the file's rows can be filed under instead: an existing field of action, org unit or period. */
export interface MasterDataOption {
  id: string;
  code: string | null;
  name: string;
}

/** A function, not a constant, so that a test can load English before the component is built. */
const kindLabels = (): Record<MasterDataKind, string> => ({
  FIELD_OF_ACTION: $localize`:@@import.masterKind.fieldOfAction:Handlungsfeld`,
  ORG_UNIT: $localize`:@@import.masterKind.orgUnit:Organisationseinheit`,
  REPORTING_PERIOD: $localize`:@@import.masterKind.period:Berichtszeitraum`,
});

const named = (o: { code: string | null; name: string }) => (o.code ? `${o.code} – ${o.name}` : o.name);

/** `MATCH:<id>`, `RENAME`, `CREATE`: one select value per decision. */
const valueOf = (d: MasterDataDecision) => (d.action === 'MATCH' ? `MATCH:${d.targetId}` : d.action);

/**
 * The master data an import file names, one row each, with the user's decision: file the rows under
 * the existing record unchanged (the default), rename it, create a new one, or use another record.
 */
@Component({
  selector: 'ksc-import-master-data',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" aria-labelledby="master-data-heading" tabindex="0">
      <table class="data-table" data-testid="master-data">
        <caption class="visually-hidden" i18n="@@import.masterData.caption">
          Stammdaten der Datei und was mit jedem geschieht
        </caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@import.col.kind">Art</th>
            <th scope="col" i18n="@@import.masterData.col.inFile">In der Datei</th>
            <th scope="col" i18n="@@import.masterData.col.inCockpit">Im Cockpit</th>
            <th scope="col" i18n="@@import.masterData.col.rows">Zeilen</th>
            <th scope="col" i18n="@@import.masterData.col.decision">Entscheidung</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id) {
            <tr [attr.data-testid]="'master-data-' + row.id" [class.differs]="row.item.differs">
              <td>{{ kindLabels[row.item.kind] }}</td>
              <th scope="row">
                {{ row.item.key }}
                @if (row.item.fromFile && row.item.fromFile !== row.item.key) {
                  : {{ row.item.fromFile }}
                }
              </th>
              <td>
                @if (row.item.existing; as e) {
                  {{ e.name }}
                  @if (row.item.differs) {
                    <strong class="differs-note" i18n="@@import.masterData.differs">(weicht ab)</strong>
                  }
                } @else {
                  <em i18n="@@import.masterData.missing">nicht vorhanden</em>
                }
              </td>
              <td>{{ row.item.rowCount }}</td>
              <td class="decision">
                <label class="visually-hidden" [attr.for]="'decision-' + row.index" i18n="@@import.masterData.decisionLabel"
                  >Entscheidung für {{ kindLabels[row.item.kind] }} {{ row.item.key }}</label
                >
                <select [id]="'decision-' + row.index" (change)="choose(row.item, $event)" [attr.data-testid]="'decision-' + row.id">
                  @for (option of row.options; track option.value) {
                    <option [value]="option.value" [selected]="option.value === row.value">{{ option.label }}</option>
                  }
                </select>
                @if (row.needsCode) {
                  <label [attr.for]="'decision-code-' + row.index" i18n="@@import.masterData.newCode">Neue Kennung</label>
                  <input
                    [id]="'decision-code-' + row.index"
                    maxlength="20"
                    [value]="row.code"
                    (change)="setCode(row.item, $event)"
                    [attr.data-testid]="'decision-code-' + row.id"
                  />
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .decision {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
    }
    .decision select {
      max-width: 100%;
    }
    .decision input {
      width: 8rem;
    }
    tr.differs th,
    tr.differs td {
      background: #fff4d6;
    }
    .differs-note {
      color: #7a4b00;
    }
  `,
})
export class ImportMasterData {
  readonly items = input.required<MasterDataItem[]>();
  readonly decisions = input.required<Record<string, MasterDataDecision>>();
  /** Existing records per kind, for "file under another". */
  readonly choices = input.required<Record<MasterDataKind, MasterDataOption[]>>();
  readonly decisionChange = output<{ key: string; decision: MasterDataDecision }>();

  protected readonly kindLabels = kindLabels();

  protected readonly rows = computed(() =>
    this.items().map((item, index) => {
      const id = masterDataKey(item.kind, item.key);
      const decision = this.decisions()[id] ?? item.decision;
      const others = this.choices()[item.kind].filter((o) => o.id !== item.existing?.id);
      const options: { value: string; label: string }[] = [];
      if (item.existing) {
        options.push({
          value: `MATCH:${item.existing.id}`,
          label: $localize`:@@import.masterData.option.keep:zuordnen: ${named(item.existing)}:record: (bleibt unverändert)`,
        });
        if (item.kind !== 'REPORTING_PERIOD' && item.fromFile && item.fromFile !== item.existing.name) {
          options.push({ value: 'RENAME', label: $localize`:@@import.masterData.option.rename:umbenennen in „${item.fromFile}:name:“` });
        }
        if (item.kind !== 'REPORTING_PERIOD')
          options.push({ value: 'CREATE', label: $localize`:@@import.masterData.option.createWithCode:neu anlegen unter neuer Kennung` });
      } else {
        options.push({ value: 'CREATE', label: $localize`:@@import.masterData.option.create:neu anlegen` });
      }
      for (const other of others)
        options.push({ value: `MATCH:${other.id}`, label: $localize`:@@import.masterData.option.match:zuordnen: ${named(other)}:record:` });
      return {
        id,
        index,
        item,
        options,
        value: valueOf(decision),
        needsCode: decision.action === 'CREATE' && item.existing !== null,
        code: decision.action === 'CREATE' ? (decision.code ?? '') : '',
      };
    }),
  );

  protected choose(item: MasterDataItem, event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    const decision: MasterDataDecision = value.startsWith('MATCH:')
      ? { action: 'MATCH', targetId: value.slice('MATCH:'.length) }
      : value === 'RENAME'
        ? { action: 'RENAME' }
        : { action: 'CREATE' };
    this.decisionChange.emit({ key: masterDataKey(item.kind, item.key), decision });
  }

  protected setCode(item: MasterDataItem, event: Event) {
    const code = (event.target as HTMLInputElement).value.trim();
    this.decisionChange.emit({
      key: masterDataKey(item.kind, item.key),
      decision: code ? { action: 'CREATE', code } : { action: 'CREATE' },
    });
  }
}
