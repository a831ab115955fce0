import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './table';

describe('DataTable', () => {
  it('one row of column headings, the rows given as its body', () => {
    const out = renderToStaticMarkup(
      <DataTable columns={['Tên', { label: 'Số tiền', className: 'lnob-num' }]} className="lnob-x" testId="t">
        <tr>
          <th scope="row">a</th>
          <td>1</td>
        </tr>
      </DataTable>,
    );
    expect(out).toBe(
      '<table class="lnob-table lnob-x" data-testid="t"><thead><tr><th scope="col">Tên</th><th scope="col" class="lnob-num">Số tiền</th></tr></thead><tbody><tr><th scope="row">a</th><td>1</td></tr></tbody></table>',
    );
  });

  it('leaves out false and null columns; a caption when given; no class or test id when not', () => {
    const show = false;
    const out = renderToStaticMarkup(
      <DataTable columns={['A', show && 'B', null, 'C']} caption="Chú thích">
        {null}
      </DataTable>,
    );
    expect(out).toBe('<table class="lnob-table"><caption class="lnob-muted">Chú thích</caption><thead><tr><th scope="col">A</th><th scope="col">C</th></tr></thead><tbody></tbody></table>');
  });
});
