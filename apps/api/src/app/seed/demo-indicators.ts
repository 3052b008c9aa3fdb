import type { EntityManager } from 'typeorm';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { IndicatorEntity, IndicatorValueEntity } from '../indicators/indicator.entity';
import { MeasureEntity } from '../measures/measure.entity';

interface DemoIndicator {
  code: string;
  name: string;
  description: string;
  unit: string;
  direction: 'UP' | 'DOWN';
  baseline: [number, number];
  target: [number, number];
  field: string;
  measures: string[];
  /** Yearly values from 2019 on, as published in the city's energy and mobility reports. */
  values: number[];
  source: string;
}

const INDICATORS: DemoIndicator[] = [
  {
    code: 'K-01',
    name: 'Treibhausgasemissionen gesamtstädtisch',
    unit: 't CO2e/a',
    direction: 'DOWN',
    description: 'Bilanz nach BISKO-Standard, alle Sektoren, witterungsbereinigt.',
    baseline: [2019, 1_180_000],
    target: [2040, 0],
    field: 'V',
    measures: ['E-01', 'E-02'],
    values: [1_180_000, 1_095_000, 1_120_000, 1_060_000, 1_010_000, 968_000, 941_000],
    source: 'THG-Bilanz (BISKO), Stabsstelle Klimaschutz',
  },
  {
    code: 'K-02',
    name: 'PV-Leistung auf städtischen Dächern',
    unit: 'kWp',
    direction: 'UP',
    description: 'Installierte Photovoltaik-Leistung auf Gebäuden im Eigentum der Stadt.',
    baseline: [2019, 420],
    target: [2030, 6_000],
    field: 'E',
    measures: ['E-02'],
    values: [420, 510, 640, 980, 1_450, 2_100, 2_760],
    source: 'Gebäudemanagement, Anlagenregister',
  },
  {
    code: 'K-03',
    name: 'Radverkehrsanteil am Modal Split',
    unit: '%',
    direction: 'UP',
    description: 'Anteil der Wege mit dem Fahrrad an allen Wegen der Einwohnerinnen und Einwohner.',
    baseline: [2019, 18],
    target: [2035, 30],
    field: 'M',
    measures: ['M-01'],
    values: [18, 19, 21, 20.5, 21.5, 22, 22.4],
    source: 'Haushaltsbefragung Mobilität (SrV)',
  },
  {
    code: 'K-04',
    name: 'Endenergieverbrauch städtischer Gebäude',
    unit: 'MWh/a',
    direction: 'DOWN',
    description: 'Wärme und Strom aller kommunalen Liegenschaften, witterungsbereinigt.',
    baseline: [2019, 86_500],
    target: [2035, 52_000],
    field: 'V',
    measures: ['G-01'],
    values: [86_500, 84_900, 85_300, 82_100, 80_400, 78_800, 77_900],
    source: 'Energiebericht der Stadt',
  },
  {
    code: 'K-05',
    name: 'Stromverbrauch der Straßenbeleuchtung',
    unit: 'MWh/a',
    direction: 'DOWN',
    description: 'Jahresverbrauch aller Leuchten im Stadtgebiet.',
    baseline: [2019, 7_900],
    target: [2027, 3_200],
    field: 'V',
    measures: ['V-02'],
    values: [7_900, 7_350, 6_600, 5_400, 4_300, 3_600, 3_350],
    source: 'Stadtwerke Musterstadt, Abrechnung',
  },
];

/** Kennzahlen with yearly values 2019–2025, linked to the demo measures they measure. */
export async function seedDemoIndicators(manager: EntityManager): Promise<number> {
  const fields = new Map((await manager.find(FieldOfActionEntity)).map((f) => [f.code, f.id]));
  const measures = new Map((await manager.find(MeasureEntity)).map((m) => [m.code, m]));
  for (const demo of INDICATORS) {
    const indicator = await manager.save(
      manager.create(IndicatorEntity, {
        code: demo.code,
        name: demo.name,
        description: demo.description,
        unit: demo.unit,
        direction: demo.direction,
        baselineYear: demo.baseline[0],
        baselineValue: demo.baseline[1],
        targetYear: demo.target[0],
        targetValue: demo.target[1],
        fieldOfActionId: fields.get(demo.field) ?? null,
        measures: demo.measures.map((code) => measures.get(code)).filter((m): m is MeasureEntity => Boolean(m)),
      }),
    );
    for (const [i, value] of demo.values.entries()) {
      await manager.insert(IndicatorValueEntity, {
        indicatorId: indicator.id,
        date: `${2019 + i}-12-31`,
        value,
        source: demo.source,
        note: null,
        authorId: null,
        authorName: 'Stabsstelle Klimaschutz',
        createdAt: new Date(),
      });
    }
  }
  return INDICATORS.length;
}
