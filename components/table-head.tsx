/** A data table's caption (for screen readers) and column header row. */
export function TableHead({ caption, columns }: { caption: string; columns: string[] }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-stone-700">
          {columns.map((c) => (
            <th key={c} scope="col" className="py-1 pr-3 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
