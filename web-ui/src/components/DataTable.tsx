import type { ReactNode } from 'react';

/** One column: its header, what a row shows in it, and whether that cell names the row (a row header). */
export interface Column<T> {
  header: string;
  cell: (row: T, index: number) => ReactNode;
  className?: string;
  rowHeader?: boolean;
}

interface Props<T> {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  /** The id of the heading that names the table, or else the name itself. */
  labelledBy?: string;
  label?: string;
  className?: string;
  rowClassName?: (row: T) => string | undefined;
}

/**
 * A table of records as every page shows one: in a region that scrolls sideways on a narrow screen and can be
 * reached with the keyboard, named by its heading, with column headers (and row headers where a cell names its row).
 */
export function DataTable<T>({ columns, rows, rowKey, labelledBy, label, className, rowClassName }: Props<T>) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={labelledBy} aria-label={label}>
      <table className={className}>
        <thead>
          <tr>
            {columns.map((column) => <th scope="col" key={column.header}>{column.header}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClassName?.(row)}>
              {columns.map((column) => column.rowHeader
                ? <th scope="row" key={column.header} className={column.className}>{column.cell(row, index)}</th>
                : <td key={column.header} className={column.className}>{column.cell(row, index)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
