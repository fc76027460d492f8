import type { ComponentChildren } from "preact";
import { pick, useI18n } from "../i18n";
import { href } from "../lib/router";
import type { ApiState } from "../lib/useApi";
import { LoadError, Loading, Notice } from "./Notice";

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
export interface TableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  captionHidden?: boolean;
}

export function Table<T>({ caption, columns, rows, rowKey, captionHidden }: TableProps<T>) {
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

/** A column of case numbers, each a link to the case's page `<base>/<id>`, which screen readers hear with `open` after the number. */
export function numberColumn(header: string, base: string, open: string): Column<{ id: string; number: string }> {
  return {
    header,
    cell: (row) => (
      <a href={href(`${base}/${row.id}`)} class="code">
        {row.number}
        <span class="visually-hidden"> — {open}</span>
      </a>
    ),
  };
}

/**
 * A list loaded with `useApi` as a table: the spinner while it first loads, the load error with a
 * retry, `empty` (a notice) when the list has no items, otherwise the table of its items (in the
 * order `order` puts them, if given).
 */
export function ListTable<T>({ list, empty, order, ...table }: { list: ApiState<{ items: T[] }>; empty: ComponentChildren; order?: (items: T[]) => T[] } & Omit<TableProps<T>, "rows">) {
  const { lang } = useI18n();
  return (
    <>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError message={pick(list.error.text, lang)} onRetry={list.reload} /> : null}
      {list.data && !list.data.items.length ? <Notice>{empty}</Notice> : null}
      {list.data?.items.length ? <Table {...table} rows={order ? order(list.data.items) : list.data.items} /> : null}
    </>
  );
}
