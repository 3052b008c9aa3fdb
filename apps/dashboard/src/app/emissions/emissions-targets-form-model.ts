import { type AbstractControl, type FormArray, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import type {
  EmissionInterimTarget,
  EmissionPathMode,
  EmissionPathPoint,
  EmissionTargetKind,
  EmissionTargets,
  EmissionTargetsInput,
} from '@klimaschutz/contracts';
import { integerValidator } from '../shared/validation-messages';

const yearRule = [Validators.required, Validators.min(1900), Validators.max(2100), integerValidator];

export function createInterimRow(fb: NonNullableFormBuilder) {
  return fb.group({
    year: fb.control<number | null>(null, yearRule),
    kind: fb.control<EmissionTargetKind>('PERCENT_BELOW_BASE'),
    value: fb.control<number | null>(null, [Validators.required, Validators.min(0)]),
    /** '' = the whole city. */
    sectorId: [''],
  });
}

export function createPointRow(fb: NonNullableFormBuilder) {
  return fb.group({
    year: fb.control<number | null>(null, yearRule),
    tCo2e: fb.control<number | null>(null, [Validators.required, Validators.min(0)]),
    sectorId: [''],
  });
}

type Rows = { interimTargets: unknown[]; pathPoints: unknown[] };

/**
 * A form group whose lists grow or shrink to the value it is reset to: RecordEditing resets the form
 * to the stored target set (after loading, and after a conflict), whose lists may be longer or
 * shorter than the rows on screen.
 */
class ResizingGroup<T extends { [K in keyof T]: AbstractControl }> extends FormGroup<T> {
  constructor(
    controls: T,
    private readonly resize: (value: Partial<Rows>) => void,
  ) {
    super(controls);
  }

  override reset(value?: Parameters<FormGroup<T>['reset']>[0], options?: Parameters<FormGroup<T>['reset']>[1]): void {
    if (value) this.resize(value as Partial<Rows>);
    super.reset(value, options);
  }
}

export function createTargetsForm(fb: NonNullableFormBuilder) {
  const interimTargets = fb.array<ReturnType<typeof createInterimRow>>([]);
  const pathPoints = fb.array<ReturnType<typeof createPointRow>>([]);
  const fit = <C extends AbstractControl>(list: FormArray<C>, n: number, make: () => C) => {
    while (list.length < n) list.push(make());
    while (list.length > n) list.removeAt(list.length - 1);
  };
  return new ResizingGroup(
    {
      baseYear: fb.control<number | null>(null, yearRule),
      neutralityYear: fb.control<number | null>(null, yearRule),
      residualT: fb.control<number | null>(null, Validators.min(0)),
      pathMode: fb.control<EmissionPathMode>('LINEAR'),
      interimTargets,
      pathPoints,
      budgetT: fb.control<number | null>(null, Validators.min(0)),
      budgetStartYear: fb.control<number | null>(null, [Validators.min(1900), Validators.max(2100), integerValidator]),
      published: fb.control(false),
    },
    (value) => {
      if (value.interimTargets) fit(interimTargets, value.interimTargets.length, () => createInterimRow(fb));
      if (value.pathPoints) fit(pathPoints, value.pathPoints.length, () => createPointRow(fb));
    },
  );
}

export type TargetsForm = ReturnType<typeof createTargetsForm>;
export type TargetsFormValue = ReturnType<TargetsForm['getRawValue']>;

export const TARGETS_FIELD_LABELS: Record<keyof TargetsFormValue, string> = {
  baseYear: $localize`:@@emissions.targets.field.baseYear:Basisjahr`,
  neutralityYear: $localize`:@@emissions.targets.field.neutralityYear:Zieljahr der Klimaneutralität`,
  residualT: $localize`:@@emissions.targets.field.residual:Verbleibende Emissionen im Zieljahr (t CO₂e)`,
  pathMode: $localize`:@@emissions.targets.field.pathMode:Zielpfad`,
  interimTargets: $localize`:@@emissions.targets.field.interim:Zwischenziele`,
  pathPoints: $localize`:@@emissions.targets.field.points:Eigene Pfadpunkte`,
  budgetT: $localize`:@@emissions.targets.field.budget:CO₂-Restbudget (t CO₂e)`,
  budgetStartYear: $localize`:@@emissions.targets.field.budgetStart:Restbudget ab Jahr`,
  published: $localize`:@@emissions.targets.field.published:Bilanz und Pfad veröffentlichen`,
};

export function targetsFormValue(t: EmissionTargets): TargetsFormValue {
  return {
    baseYear: t.baseYear,
    neutralityYear: t.neutralityYear,
    residualT: t.residualT,
    pathMode: t.pathMode,
    interimTargets: t.interimTargets.map((i) => ({ year: i.year, kind: i.kind, value: i.value, sectorId: i.sectorId ?? '' })),
    pathPoints: t.pathPoints.map((p) => ({ year: p.year, tCo2e: p.tCo2e, sectorId: p.sectorId ?? '' })),
    budgetT: t.budgetT,
    budgetStartYear: t.budgetStartYear,
    published: t.published,
  };
}

/** The request body of a valid form (the rows' required fields are set, so the `as number` hold). */
export function toTargetsInput(value: TargetsFormValue, version: number): EmissionTargetsInput {
  const interimTargets: EmissionInterimTarget[] = value.interimTargets.map((i) => ({
    year: i.year as number,
    kind: i.kind,
    value: i.value as number,
    sectorId: i.sectorId || null,
  }));
  const pathPoints: EmissionPathPoint[] = value.pathPoints.map((p) => ({
    year: p.year as number,
    tCo2e: p.tCo2e as number,
    sectorId: p.sectorId || null,
  }));
  return {
    baseYear: value.baseYear,
    neutralityYear: value.neutralityYear,
    residualT: value.residualT,
    interimTargets,
    pathMode: value.pathMode,
    pathPoints,
    budgetT: value.budgetT,
    budgetStartYear: value.budgetT === null ? null : value.budgetStartYear,
    published: value.published,
    version,
  };
}
