import { In, type DataSource } from 'typeorm';
import {
  ACTION_SCOPE,
  ACTIONS,
  isNationalRole,
  roleGrants,
  successionClosure,
  type Action,
  type Role,
} from '@lnob/domain';
import { chunks } from '../../common/hierarchy';
import { AreaEntity } from '../areas/area.entity';
import { OrganizationEntity, OrganizationSuccessionEntity } from '../organizations/organization.entity';
import { Scope } from './scope';

export interface AssignmentFact {
  role: Role;
  /** Capture scope root; null only for a nationwide SYSTEM_ADMIN. */
  organizationId: number | null;
  /** View scope root; null = the capture root. */
  viewOrganizationId: number | null;
}

/**
 * Turns role assignments into a scope per action (docs/auth.md): each root organization widened by
 * the succession graph (mergers), then its subtree and the areas it works in. A handful of
 * statements per caller, whatever the size of the subtrees; the Authenticator caches the result.
 */
export class ScopeResolver {
  constructor(private readonly ds: DataSource) {}

  async grantsOf(assignments: readonly AssignmentFact[], actionsOf: (a: AssignmentFact) => readonly Action[] = (a) => ACTIONS.filter((x) => roleGrants(a.role, x))): Promise<Map<Action, Scope>> {
    const roots = [...new Set(assignments.flatMap((a) => [a.organizationId, a.viewOrganizationId]).filter((id): id is number => id !== null))];
    const scopeOfRoot = await this.scopesOfRoots(roots);
    const grants = new Map<Action, Scope>();
    const grant = (action: Action, s: Scope) => grants.set(action, (grants.get(action) ?? Scope.NONE).union(s));
    for (const a of assignments) {
      const national = isNationalRole(a.role) || a.organizationId === null;
      const capture = national ? Scope.NATIONAL : scopeOfRoot.get(a.organizationId!) ?? Scope.NONE;
      const view = national ? Scope.NATIONAL : (scopeOfRoot.get(a.viewOrganizationId ?? a.organizationId!) ?? Scope.NONE).union(capture);
      for (const action of actionsOf(a)) {
        const kind = ACTION_SCOPE[action];
        grant(action, kind === 'view' ? view : kind === 'capture' ? capture : national ? Scope.NATIONAL : Scope.NONE);
      }
    }
    return grants;
  }

  /** For each root organization: the scope of it and its succession closure. */
  private async scopesOfRoots(roots: number[]): Promise<Map<number, Scope>> {
    const result = new Map<number, Scope>();
    if (roots.length === 0) return result;
    const successors = await this.edges(roots, 'predecessorId');
    const forward = new Set(roots);
    for (const ids of successors.values()) ids.forEach((id) => forward.add(id));
    const predecessors = await this.edges([...forward], 'successorId');
    const closures = new Map(roots.map((r) => [r, successionClosure([r], (id) => successors.get(id) ?? [], (id) => predecessors.get(id) ?? [])]));
    const orgIds = [...new Set([...closures.values()].flat())];
    const orgs = new Map<number, Pick<OrganizationEntity, 'id' | 'path' | 'areaId'>>();
    for (const part of chunks(orgIds)) {
      const rows = await this.ds.getRepository(OrganizationEntity).find({ select: { id: true, path: true, areaId: true }, where: { id: In(part) } });
      rows.forEach((r) => orgs.set(r.id, r));
    }
    const areaIds = [...new Set([...orgs.values()].map((o) => o.areaId).filter((id): id is number => id !== null))];
    const areaPaths = new Map<number, string>();
    for (const part of chunks(areaIds)) {
      const rows = await this.ds.getRepository(AreaEntity).find({ select: { id: true, path: true }, where: { id: In(part) } });
      rows.forEach((r) => areaPaths.set(r.id, r.path));
    }
    for (const [root, closure] of closures) {
      const members = closure.map((id) => orgs.get(id)).filter((o) => o !== undefined);
      if (members.length === 0) continue;
      result.set(
        root,
        Scope.of(
          members.map((o) => o.path),
          members.flatMap((o) => (o.areaId !== null && areaPaths.has(o.areaId) ? [areaPaths.get(o.areaId)!] : [])),
          members.some((o) => o.areaId === null),
        ),
      );
    }
    return result;
  }

  /**
   * The succession graph reachable from `start` in one direction, loaded breadth-first (one statement
   * per step): `from` = 'predecessorId' walks to successors, 'successorId' to predecessors.
   */
  private async edges(start: number[], from: 'predecessorId' | 'successorId'): Promise<Map<number, number[]>> {
    const to = from === 'predecessorId' ? 'successorId' : 'predecessorId';
    const adjacency = new Map<number, number[]>();
    const seen = new Set(start);
    let frontier = start;
    while (frontier.length) {
      const next: number[] = [];
      for (const part of chunks(frontier)) {
        const links = await this.ds.getRepository(OrganizationSuccessionEntity).find({ where: { [from]: In(part) } });
        for (const l of links) {
          adjacency.set(l[from], [...(adjacency.get(l[from]) ?? []), l[to]]);
          if (!seen.has(l[to])) {
            seen.add(l[to]);
            next.push(l[to]);
          }
        }
      }
      frontier = next;
    }
    return adjacency;
  }
}
