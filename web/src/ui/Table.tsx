import type { ComponentChildren } from "preact";

export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  /** Right-align numbers. */
  numeric?: boolean;
}

/**
 * A data table with a caption. Below 40em each row becomes a card and every cell shows its
 * column name (CSS `attr(data-label)`), so nothing scrolls sideways on a phone.
 */
export function Table<T>({ caption, columns, rows, rowKey, captionHidden }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string; captionHidden?: boolean }) {
  return (
    <table class="table table--stack">
      <caption class={captionHidden ? "visually-hidden" : "table__caption"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" class={c.numeric ? "num" : undefined} key={c.header}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td data-label={c.header} class={c.numeric ? "num" : undefined} key={c.header}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
