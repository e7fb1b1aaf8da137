import { useId, type ReactNode } from 'react';

export interface Column<Row> {
  /** What the column holds, for everyone; `hideHeader` keeps it for screen readers only (an actions column). */
  header: string;
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** A column the rows can be put in order by: its header becomes a button, and says which way they are now. */
  sort?: { order: 'ascending' | 'descending' | 'none'; onSort: () => void };
}

const ARROWS = { ascending: '▲', descending: '▼', none: '' };

interface DataTableProps<Row> {
  caption: ReactNode;
  /** The caption shown above the table; otherwise it is for screen readers, under a heading that says the same. */
  showCaption?: boolean;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column names the row, and is its header for screen readers. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
}

/**
 * A table of figures: the same markup for the gradebook, progress and mastery. With large text it may be wider than
 * a phone, so it scrolls on its own and takes focus, so that a keyboard can scroll it too. Positioned, so that a
 * screen-reader-only header (absolutely placed) scrolls with it instead of widening the page.
 */
export default function DataTable<Row>({ caption, showCaption = false, rows, rowKey, columns }: DataTableProps<Row>) {
  const captionId = useId();
  const [first, ...rest] = columns;
  const cell = (index: number, count: number) => (index < count - 1 ? 'py-2 pr-3' : 'py-2');
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption id={captionId} className={showCaption ? 'mb-1 text-left font-medium' : 'sr-only'}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((column, index) => (
              <th
                key={column.header}
                scope="col"
                // Only the column the rows are in order by says so (WAI-ARIA: one sorted header at a time).
                aria-sort={column.sort?.order === 'none' ? undefined : column.sort?.order}
                className={cell(index, columns.length)}
              >
                {column.hideHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : column.sort ? (
                  <button
                    type="button"
                    onClick={column.sort.onSort}
                    className="inline-flex min-h-11 items-center gap-1 text-left font-semibold text-blue-900 underline underline-offset-2 print:no-underline"
                  >
                    {column.header}
                    {/* The order is said by aria-sort; the arrow shows it. */}
                    <span aria-hidden="true" className="inline-block w-3 text-xs">
                      {ARROWS[column.sort.order]}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-200">
              <th scope="row" className={`${cell(0, columns.length)} font-medium`}>
                {first.cell(row)}
              </th>
              {rest.map((column, index) => (
                <td key={column.header} className={cell(index + 1, columns.length)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
