/** Default interval between heartbeat comments: proxies drop idle connections. */
export const SSE_HEARTBEAT_MS = 15_000;
/** A client this far behind (bytes buffered) is dropped; EventSource reconnects and it re-fetches. */
export const SSE_MAX_BUFFERED_BYTES = 256 * 1024;
/** Advised reconnection delay for EventSource clients. */
export const SSE_RETRY_MS = 3_000;

/**
 * One SSE message. `data` is JSON on a single line, so no line can break the
 * framing. Without an id (null) the client's last event id stays as it was.
 */
export function formatSseEvent(type: string, id: number | null, data: unknown): string {
  const idLine = id === null ? '' : `id: ${id}\n`;
  return `event: ${sanitizeField(type)}\n${idLine}data: ${JSON.stringify(data)}\n\n`;
}

/** A comment line (ignored by EventSource, keeps the connection alive). */
export function formatSseComment(text: string): string {
  return `: ${sanitizeField(text)}\n\n`;
}

function sanitizeField(value: string): string {
  return value.replace(/[\r\n]/g, ' ');
}
