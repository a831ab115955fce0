/** A type guard for the members of a code list (an `as const` array): `oneOf(PLAN_KINDS)(v)`. */
export const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    (list as readonly unknown[]).includes(v);
