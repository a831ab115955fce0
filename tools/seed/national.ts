/**
 * Deterministic generator of a national administrative tree for benchmarks and load tests
 * (docs/domain.md §3): the OLD tree (provinces → districts → communes, valid until 30/06/2025),
 * the NEW tree (provinces → communes → hamlets, from 01/07/2025), the succession between them,
 * and a VFF committee plus the five member organizations for every province, district (old tree
 * only) and commune, each under the same kind one level up (six central roots).
 *
 * Pure: no database, no clock. The same `seed` (and `startIds`) gives the same rows, byte for byte.
 * Names are invented from Vietnamese syllables (with diacritics, so accent-insensitive search has
 * something to find); codes are invented too (`N-P01-C001-H01`), never GSO codes.
 */
import {
  foldVietnamese,
  levelOfArea,
  type AreaKind,
} from '@lnob/domain';


import { distribute, kindsOf, mulberry32, pick, proportional, shuffle } from './random';
import { label, NameBook, ORG_NAMES, pad, placeName } from './names';
import { CENTRAL_FROM, GENERATED_ORGANIZATION_KINDS, markerCodeOf, NEW_TREE_FROM, OLD_TREE_FROM, OLD_TREE_TO, repeat, SCALES } from './national-spec';
import type { AreaRow, AreaSuccessionRow, StartIds, GenerateOptions, GeneratedOrganizationKind, NationalTree, OrganizationRow, OrganizationSuccessionRow, Scale, TreeCounts } from './national-spec';

export * from './national-spec';
export { distribute, mulberry32 } from './random';

// --- the generator ----------------------------------------------------------------------------

export function generateNationalTree(opts: GenerateOptions = {}): NationalTree {
  const seed = opts.seed ?? 1;
  const scale = opts.scale ?? 'national';
  const spec = SCALES[scale];
  const rng = mulberry32(seed);
  const ids: StartIds = { area: 1, areaSuccession: 1, organization: 1, organizationSuccession: 1, ...opts.startIds };

  const areas: AreaRow[] = [];
  const areaSuccessions: AreaSuccessionRow[] = [];
  const organizations: OrganizationRow[] = [];
  const organizationSuccessions: OrganizationSuccessionRow[] = [];

  const addArea = (a: Omit<AreaRow, 'id' | 'nameSearch' | 'path' | 'depth'>, parent: AreaRow | null): AreaRow => {
    const id = ids.area++;
    const row: AreaRow = {
      id,
      code: a.code,
      name: a.name,
      nameSearch: foldVietnamese(a.name),
      kind: a.kind,
      urban: a.urban,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: a.validFrom,
      validTo: a.validTo,
    };
    areas.push(row);
    return row;
  };

  // --- old tree: provinces → districts → communes (→ hamlets at small scale) -------------------
  const usedProvinceNames = new Set<string>();
  const provinceBase = () => {
    for (;;) {
      const n = placeName(rng);
      if (!usedProvinceNames.has(n)) {
        usedProvinceNames.add(n);
        return n;
      }
    }
  };
  const oldKinds = kindsOf<AreaKind>(rng, spec.old.provinces, [['CITY', spec.old.cities]], 'PROVINCE');
  const oldProvinces: AreaRow[] = oldKinds.map((kind, i) =>
    addArea(
      {
        code: `${spec.codePrefix.old}-P${pad(i + 1, 2)}`,
        name: `${kind === 'CITY' ? 'Thành phố' : 'Tỉnh'} ${provinceBase()}`,
        kind,
        urban: kind === 'CITY',
        parentId: null,
        validFrom: OLD_TREE_FROM,
        validTo: OLD_TREE_TO,
      },
      null,
    ),
  );
  /** Per old province, the hamlet word of its region ('Ấp' in the south, 'Bản' in the mountains). */
  /** Hamlets of each commune, named with its province's word for them (thôn, ấp, bản…). */
  const addHamlets = (communes: AreaRow[], perCommune: number[], validFrom: string, validTo: string | null) =>
    communes.forEach((c, ci) => {
      const word = hamletWord.get(Number(c.path.split('/')[1]))!;
      for (let h = 0; h < perCommune[ci]; h++) {
        addArea(
          {
            code: `${c.code}-H${pad(h + 1, 2)}`,
            name: c.kind === 'WARD' ? `Tổ dân phố ${h + 1}` : `${word} ${placeName(rng)} ${h + 1}`,
            kind: 'HAMLET',
            urban: c.urban,
            parentId: c.id,
            validFrom,
            validTo,
          },
          c,
        );
      }
    });
  const hamletWord = new Map<number, string>();
  for (const p of oldProvinces) hamletWord.set(p.id, pick(rng, ['Thôn', 'Thôn', 'Ấp', 'Bản', 'Xóm']));

  const oldDistrictsPer = distribute(rng, spec.old.districts, spec.old.provinces, ...spec.oldBounds.districtsPerProvince);
  const k = spec.oldDistrictKinds;
  type DistrictFlavour = 'URBAN_DISTRICT' | 'CITY' | 'TOWN' | 'RURAL';
  const districtFlavours = kindsOf<DistrictFlavour>(
    rng,
    spec.old.districts,
    [['URBAN_DISTRICT', k.urbanDistricts], ['CITY', k.cities], ['TOWN', k.towns]],
    'RURAL',
  );
  const oldDistricts: { row: AreaRow; flavour: DistrictFlavour; province: AreaRow }[] = [];
  let flavourAt = 0;
  oldProvinces.forEach((p, pi) => {
    const names = new NameBook();
    for (let d = 0; d < oldDistrictsPer[pi]; d++) {
      const flavour = districtFlavours[flavourAt++];
      const [prefix, kind, urban]: [string, AreaKind, boolean] =
        flavour === 'URBAN_DISTRICT' ? ['Quận', 'DISTRICT', true]
        : flavour === 'CITY' ? ['Thành phố', 'CITY', true]
        : flavour === 'TOWN' ? ['Thị xã', 'TOWN', true]
        : ['Huyện', 'DISTRICT', false];
      const row = addArea(
        {
          code: `${p.code}-D${pad(d + 1, 2)}`,
          name: names.take(`${prefix} ${placeName(rng)}`),
          kind,
          urban,
          parentId: p.id,
          validFrom: OLD_TREE_FROM,
          validTo: OLD_TREE_TO,
        },
        p,
      );
      oldDistricts.push({ row, flavour, province: p });
    }
  });

  const oldCommunesPer = distribute(rng, spec.old.communes, spec.old.districts, ...spec.oldBounds.communesPerDistrict);
  /** Old communes grouped by old province, in code order. */
  const oldCommunesOf = new Map<number, AreaRow[]>(oldProvinces.map((p) => [p.id, []]));
  const provinceNames = new Map<number, NameBook>(oldProvinces.map((p) => [p.id, new NameBook()]));
  oldDistricts.forEach(({ row: d, flavour, province }, di) => {
    const names = provinceNames.get(province.id)!;
    for (let c = 0; c < oldCommunesPer[di]; c++) {
      const wardShare = flavour === 'URBAN_DISTRICT' ? 1 : flavour === 'CITY' ? 0.75 : flavour === 'TOWN' ? 0.5 : 0;
      const ward = rng() < wardShare;
      // A rural district's first commune is its township (thị trấn): kind COMMUNE, urban.
      const township = !ward && flavour === 'RURAL' && c === 0;
      const name = ward
        ? flavour === 'URBAN_DISTRICT' && rng() < 0.3
          ? `Phường ${c + 1}`
          : names.take(`Phường ${placeName(rng)}`)
        : names.take(`${township ? 'Thị trấn' : 'Xã'} ${placeName(rng)}`);
      const row = addArea(
        {
          code: `${d.code}-C${pad(c + 1, 2)}`,
          name,
          kind: ward ? 'WARD' : 'COMMUNE',
          urban: ward || township,
          parentId: d.id,
          validFrom: OLD_TREE_FROM,
          validTo: OLD_TREE_TO,
        },
        d,
      );
      oldCommunesOf.get(province.id)!.push(row);
    }
  });
  const oldCommunes = oldProvinces.flatMap((p) => oldCommunesOf.get(p.id)!);

  const oldHamletsPer = spec.old.hamlets
    ? distribute(rng, spec.old.hamlets, spec.old.communes, ...spec.oldBounds.hamletsPerCommune)
    : repeat(oldCommunes.length, 0);
  addHamlets(oldCommunes, oldHamletsPer, OLD_TREE_FROM, OLD_TREE_TO);

  // --- province mergers: which old provinces became which new one ------------------------------
  const groupSizes = shuffle(rng, [...spec.provinceGroups]);
  if (groupSizes.length !== spec.new.provinces) throw new Error('provinceGroups must list one group per new province');
  const oldOrder = shuffle(rng, [...oldProvinces]);
  let taken = 0;
  const groups: AreaRow[][] = groupSizes.map((size) => {
    const g = oldOrder.slice(taken, taken + size).sort((a, b) => a.id - b.id);
    taken += size;
    return g;
  });
  if (taken !== spec.old.provinces) throw new Error('provinceGroups must use every old province exactly once');

  // --- new tree: provinces → communes → hamlets ------------------------------------------------
  const newKinds = kindsOf<AreaKind>(rng, spec.new.provinces, [['CITY', spec.new.cities]], 'PROVINCE');
  const newProvinces: AreaRow[] = newKinds.map((kind, i) => {
    // A merged province keeps the name of one of its predecessors, as most did in 2025.
    const base = groups[i].length ? pick(rng, groups[i]).name.replace(/^(Tỉnh|Thành phố) /, '') : provinceBase();
    return addArea(
      {
        code: `${spec.codePrefix.new}-P${pad(i + 1, 2)}`,
        name: `${kind === 'CITY' ? 'Thành phố' : 'Tỉnh'} ${base}`,
        kind,
        urban: kind === 'CITY',
        parentId: null,
        validFrom: NEW_TREE_FROM,
        validTo: null,
      },
      null,
    );
  });
  for (const [i, g] of groups.entries()) {
    hamletWord.set(newProvinces[i].id, g.length ? hamletWord.get(g[0].id)! : pick(rng, ['Thôn', 'Ấp', 'Bản']));
  }

  const oldCommuneCountOf = groups.map((g) => g.reduce((n, p) => n + oldCommunesOf.get(p.id)!.length, 0));
  const newCommunesPer =
    spec.newCommunesPerProvince === 'proportional'
      ? proportional(spec.new.communes, oldCommuneCountOf, 1)
      : repeat(spec.new.provinces, spec.newCommunesPerProvince);
  if (newCommunesPer.reduce((a, b) => a + b, 0) !== spec.new.communes) throw new Error('new communes per province do not add up');
  const communeKinds = kindsOf<AreaKind>(
    rng,
    spec.new.communes,
    [['WARD', spec.new.wards], ['SPECIAL_ZONE', spec.new.specialZones]],
    'COMMUNE',
  );
  const newCommunesOf = new Map<number, AreaRow[]>();
  let kindAt = 0;
  newProvinces.forEach((p, pi) => {
    const names = new NameBook();
    const list: AreaRow[] = [];
    for (let c = 0; c < newCommunesPer[pi]; c++) {
      const kind = communeKinds[kindAt++];
      const prefix = kind === 'WARD' ? 'Phường' : kind === 'SPECIAL_ZONE' ? 'Đặc khu' : 'Xã';
      list.push(
        addArea(
          {
            code: `${p.code}-C${pad(c + 1, 3)}`,
            name: names.take(`${prefix} ${placeName(rng)}`),
            kind,
            urban: kind === 'WARD',
            parentId: p.id,
            validFrom: NEW_TREE_FROM,
            validTo: null,
          },
          p,
        ),
      );
    }
    newCommunesOf.set(p.id, list);
  });
  const newCommunes = newProvinces.flatMap((p) => newCommunesOf.get(p.id)!);
  const hamletsPer = distribute(rng, spec.new.hamlets, spec.new.communes, ...spec.hamletsPerCommune);
  addHamlets(newCommunes, hamletsPer, NEW_TREE_FROM, null);

  // --- area succession -------------------------------------------------------------------------
  const link = (predecessorId: number, successorId: number, share: number) =>
    areaSuccessions.push({ id: ids.areaSuccession++, predecessorId, successorId, effectiveOn: NEW_TREE_FROM, share });
  newProvinces.forEach((np, i) => {
    for (const op of groups[i]) link(op.id, np.id, 1);
  });
  let firstSplitDone = false;
  newProvinces.forEach((np, i) => {
    const olds = groups[i].flatMap((p) => oldCommunesOf.get(p.id)!);
    const news = newCommunesOf.get(np.id)!;
    if (olds.length === 0 || news.length === 0) return;
    // Contiguous chunks of old communes (about three each) merge into one new commune each.
    const sizes = distribute(rng, olds.length, news.length, olds.length >= news.length ? 1 : 0, olds.length);
    let at = 0;
    news.forEach((nc, j) => {
      const chunk = olds.slice(at, at + sizes[j]);
      at += sizes[j];
      const last = chunk[chunk.length - 1];
      const next = news[j + 1];
      // Sometimes the last old commune of the chunk is split with the next new commune.
      const split = last !== undefined && next !== undefined && (!firstSplitDone || rng() < spec.splitRate);
      for (const oc of chunk) {
        if (split && oc === last) {
          const share = pick(rng, [0.25, 0.5, 0.75]);
          link(oc.id, nc.id, share);
          link(oc.id, next.id, 1 - share);
          firstSplitDone = true;
        } else link(oc.id, nc.id, 1);
      }
    });
  });

  // --- organizations ---------------------------------------------------------------------------
  const addOrg = (
    o: Omit<OrganizationRow, 'id' | 'nameSearch' | 'path' | 'depth' | 'parentId'>,
    parent: { id: number; path: string; depth: number } | null,
  ): OrganizationRow => {
    const id = ids.organization++;
    const row: OrganizationRow = {
      id,
      name: o.name,
      shortName: o.shortName,
      nameSearch: foldVietnamese(o.shortName ? `${o.name} ${o.shortName}` : o.name),
      kind: o.kind,
      level: o.level,
      areaId: o.areaId,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: o.validFrom,
      validTo: o.validTo,
    };
    organizations.push(row);
    return row;
  };

  type OrgSet = Record<GeneratedOrganizationKind, { id: number; path: string; depth: number }>;
  const central = {} as OrgSet;
  let centralGenerated = 0;
  for (const kind of GENERATED_ORGANIZATION_KINDS) {
    const given = opts.centralOrganizations?.[kind];
    if (given) central[kind] = given;
    else {
      const [name, shortName] = ORG_NAMES[kind].central;
      central[kind] = addOrg({ name, shortName, kind, level: 'CENTRAL', areaId: null, validFrom: CENTRAL_FROM, validTo: null }, null);
      centralGenerated++;
    }
  }

  const areaById = new Map(areas.map((a) => [a.id, a]));
  const orgsOfArea = new Map<number, OrgSet>();
  /** The VFF committee and five members of `area`, each under the same kind of `parentSet`. */
  const addOrgSet = (area: AreaRow, parentSet: OrgSet) => {
    const parentKind = area.parentId == null ? null : areaById.get(area.parentId)!.kind;
    const level = levelOfArea(area.kind, parentKind);
    const set = {} as OrgSet;
    for (const kind of GENERATED_ORGANIZATION_KINDS) {
      const [name, shortName] = ORG_NAMES[kind].local(label(area.name));
      set[kind] = addOrg({ name, shortName, kind, level, areaId: area.id, validFrom: area.validFrom, validTo: area.validTo }, parentSet[kind]);
    }
    orgsOfArea.set(area.id, set);
  };
  for (const p of oldProvinces) addOrgSet(p, central);
  for (const { row: d, province } of oldDistricts) addOrgSet(d, orgsOfArea.get(province.id)!);
  for (const c of oldCommunes) addOrgSet(c, orgsOfArea.get(c.parentId!)!);
  for (const p of newProvinces) addOrgSet(p, central);
  for (const c of newCommunes) addOrgSet(c, orgsOfArea.get(c.parentId!)!);

  // Each organization is succeeded by the same kind in the successor unit(s).
  for (const s of areaSuccessions) {
    const from = orgsOfArea.get(s.predecessorId);
    const to = orgsOfArea.get(s.successorId);
    if (!from || !to) continue;
    for (const kind of GENERATED_ORGANIZATION_KINDS) {
      organizationSuccessions.push({
        id: ids.organizationSuccession++,
        predecessorId: from[kind].id,
        successorId: to[kind].id,
        effectiveOn: s.effectiveOn,
      });
    }
  }

  const oldHamlets = oldHamletsPer.reduce((a, b) => a + b, 0);
  const counts: TreeCounts = {
    old: { provinces: oldProvinces.length, districts: oldDistricts.length, communes: oldCommunes.length, hamlets: oldHamlets },
    new: { provinces: newProvinces.length, communes: newCommunes.length, hamlets: hamletsPer.reduce((a, b) => a + b, 0) },
    areas: areas.length,
    areaSuccessions: areaSuccessions.length,
    splitLinks: areaSuccessions.filter((s) => s.share < 1).length,
    organizations: organizations.length,
    centralOrganizations: centralGenerated,
    organizationSuccessions: organizationSuccessions.length,
  };
  return { seed, scale, markerCode: markerCodeOf(scale), areas, areaSuccessions, organizations, organizationSuccessions, counts };
}

/** The counts a scale always produces (organizations include the six central roots). */
export function expectedCounts(scale: Scale): Pick<TreeCounts, 'old' | 'new' | 'areas' | 'organizations'> {
  const s = SCALES[scale];
  const old = { provinces: s.old.provinces, districts: s.old.districts, communes: s.old.communes, hamlets: s.old.hamlets };
  const neu = { provinces: s.new.provinces, communes: s.new.communes, hamlets: s.new.hamlets };
  const orgUnits = old.provinces + old.districts + old.communes + neu.provinces + neu.communes;
  return {
    old,
    new: neu,
    areas: old.provinces + old.districts + old.communes + old.hamlets + neu.provinces + neu.communes + neu.hamlets,
    organizations: GENERATED_ORGANIZATION_KINDS.length * (orgUnits + 1),
  };
}

/** The generated province of the new tree with the most communes that still fit one page of `pageSize`. */
export function benchProvince(tree: NationalTree, pageSize = 100): { province: AreaRow; communes: number; hamlets: number } {
  const newFrom = tree.areas.filter((a) => a.validFrom === NEW_TREE_FROM);
  const children = new Map<number, AreaRow[]>();
  for (const a of newFrom) {
    if (a.parentId == null) continue;
    const list = children.get(a.parentId);
    if (list) list.push(a);
    else children.set(a.parentId, [a]);
  }
  let best: { province: AreaRow; communes: number; hamlets: number } | null = null;
  for (const p of newFrom.filter((a) => a.parentId == null)) {
    const communes = children.get(p.id) ?? [];
    if (communes.length > pageSize) continue;
    const hamlets = communes.reduce((n, c) => n + (children.get(c.id)?.length ?? 0), 0);
    if (!best || communes.length > best.communes) best = { province: p, communes: communes.length, hamlets };
  }
  if (!best) throw new Error(`no new province has at most ${pageSize} communes`);
  return best;
}
