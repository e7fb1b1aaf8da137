/**
 * Raw DEFLATE (RFC 1951) with the platform's CompressionStream, which every browser the app supports and Node.js
 * have: no library in the bundle. Asynchronous, as the streams are.
 */
async function readAll(readable: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | 'too-long'> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      // Stops a small token that inflates without end (a "zip bomb") from filling the teacher's memory.
      await reader.cancel().catch(() => undefined);
      return 'too-long';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function transform(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | 'too-long'> {
  const writer = stream.writable.getWriter();
  // The writer's promises reject with the same error the reader gets: caught here so it is reported once.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return readAll(stream.readable, maxBytes);
}

export async function deflateRaw(input: Uint8Array): Promise<Uint8Array> {
  const output = await transform(new CompressionStream('deflate-raw'), input, Infinity);
  return output as Uint8Array;
}

/**
 * The inflated bytes; 'too-long' past `maxBytes`; null for anything that is not one whole raw DEFLATE stream (cut
 * short, or with bytes after its end).
 */
export async function inflateRaw(input: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-long' | null> {
  try {
    return await transform(new DecompressionStream('deflate-raw'), input, maxBytes);
  } catch {
    return null;
  }
}
