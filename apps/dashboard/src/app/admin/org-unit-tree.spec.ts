import type { OrgUnit } from '@klimaschutz/contracts';
import { branchIds, buildOrgUnitTree, selfAndDescendantIds } from './org-unit-tree';

function unit(id: string, code: string, parentId: string | null): OrgUnit {
  return { id, code, name: `Einheit ${code}`, kind: 'FACHBEREICH', parentId, email: null, active: true, version: 1 };
}

describe('org unit tree', () => {
  const units = [
    unit('d3', 'III', null),
    unit('a61', '61', 'd3'),
    unit('a66', '66', 'd3'),
    unit('a61-2', '61.2', 'a61'),
    unit('a61-10', '61.10', 'a61'),
    unit('stab', 'KS', null),
  ];

  it('nests units under their parent, ordered by code', () => {
    const tree = buildOrgUnitTree(units);
    expect(tree.map((n) => n.unit.code)).toEqual(['III', 'KS']);
    expect(tree[0].children.map((n) => n.unit.code)).toEqual(['61', '66']);
    expect(tree[0].children[0].children.map((n) => n.unit.code)).toEqual(['61.2', '61.10']);
    expect(tree[0].children[0].children[0].depth).toBe(2);
  });

  it('never loses a unit with a missing parent or a parent cycle', () => {
    const tree = buildOrgUnitTree([unit('x', '1', 'gone'), unit('p', '2', 'q'), unit('q', '3', 'p')]);
    const all = (nodes: typeof tree): string[] => nodes.flatMap((n) => [n.unit.id, ...all(n.children)]);
    expect(all(tree).sort()).toEqual(['p', 'q', 'x']);
  });

  it('excludes a unit and all its descendants as possible parents', () => {
    expect([...selfAndDescendantIds(units, 'a61')].sort()).toEqual(['a61', 'a61-10', 'a61-2']);
  });

  it('lists the expandable nodes', () => {
    expect(branchIds(buildOrgUnitTree(units)).sort()).toEqual(['a61', 'd3']);
  });
});
