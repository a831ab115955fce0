import type { ReactNode } from 'react';

/** A column heading of a DataTable: its text, or the text with a class (`lnob-num`…) for the heading cell. */
export type TableColumn = string | { label: ReactNode; className?: string };

/**
 * A table with one row of column headings (`<th scope="col">`) and `children` as its body rows.
 * `false`/`null` columns are left out, so a column can depend on a condition; `className` is added
 * to `lnob-table`; `caption`, when given, is a muted caption.
 */
export function DataTable(p: { columns: readonly (TableColumn | false | null | undefined)[]; className?: string; caption?: ReactNode; testId?: string; children: ReactNode }) {
  const columns = p.columns.filter((c): c is TableColumn => c !== false && c !== null && c !== undefined);
  return (
    <table className={p.className ? `lnob-table ${p.className}` : 'lnob-table'} data-testid={p.testId}>
      {p.caption ? <caption className="lnob-muted">{p.caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c, i) =>
            typeof c === 'string' ? (
              <th key={i} scope="col">
                {c}
              </th>
            ) : (
              <th key={i} scope="col" className={c.className}>
                {c.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{p.children}</tbody>
    </table>
  );
}
