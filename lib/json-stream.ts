/**
 * A JSON document `{ "<key>": [ …rows ], "page": 1, "pages": 1 }` written batch by batch, so a
 * whole download (`?page=all`, 370 MB at national scale) never sits in memory at once. Its shape
 * is a paged response's: the whole result as its only page.
 */
export function jsonStream<T>(
  key: string,
  batches: AsyncIterable<readonly T[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let state: "start" | "empty" | "rows" = "start"; // "empty": the list is open, no row yet
  return new ReadableStream({
    async pull(controller) {
      if (state === "start") {
        state = "empty";
        controller.enqueue(encoder.encode(`{${JSON.stringify(key)}:[`));
        return;
      }
      // Skip empty batches: a pull that enqueues nothing is not called again.
      let next = await iterator.next();
      while (!next.done && next.value.length === 0) next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode('],"page":1,"pages":1}'));
        controller.close();
        return;
      }
      const rows = next.value.map((row) => JSON.stringify(row)).join(",");
      controller.enqueue(encoder.encode(state === "rows" ? `,${rows}` : rows));
      state = "rows";
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
