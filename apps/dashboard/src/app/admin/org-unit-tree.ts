import type { OrgUnit } from '@klimaschutz/contracts';
import { byCode } from '../shared/reference-data';

export interface OrgUnitNode {
  unit: OrgUnit;
  depth: number;
  children: OrgUnitNode[];
}

/**
 * Builds the org chart from the flat list. Units whose parent is missing (or would close a
 * cycle) become roots, so no unit ever disappears from the page.
 */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const placed = new Set<string>();
  const build = (parentId: string | null, depth: number): OrgUnitNode[] => {
    const nodes: OrgUnitNode[] = [];
    for (const unit of [...(childrenOf.get(parentId) ?? [])].sort(byCode)) {
      if (!placed.has(unit.id)) {
        placed.add(unit.id);
        nodes.push({ unit, depth, children: build(unit.id, depth + 1) });
      }
    }
    return nodes;
  };

  const roots = build(null, 0);
  // Members of a parent cycle are unreachable from the roots; show them at the top level.
  for (const unit of [...units].sort(byCode)) {
    if (!placed.has(unit.id)) {
      placed.add(unit.id);
      roots.push({ unit, depth: 0, children: build(unit.id, 1) });
    }
  }
  return roots;
}

/** The id of a unit and all units below it — none of them may become its parent. */
export function selfAndDescendantIds(units: readonly OrgUnit[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Ids of all nodes that have children (for "alle aufklappen"). */
export function branchIds(nodes: readonly OrgUnitNode[]): string[] {
  return nodes.flatMap((node) => (node.children.length ? [node.unit.id, ...branchIds(node.children)] : []));
}
