import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';

export type LiveState = 'connecting' | 'live' | 'offline';

const EVENTS = ['queue.item.created', 'queue.item.updated', 'queue.item.resolved', 'resync'];

/**
 * The moderation queue, live: a one-time ticket (POST /api/moderation/events/ticket)
 * opens an EventSource on /api/moderation/events; each queue event calls `onChange`.
 * A ticket serves once, so when the stream drops for good (EventSource CLOSED, e.g.
 * its own retry was refused) a new ticket opens a new stream after a pause, and
 * `onChange` runs again, since events may have been missed meanwhile. No polling.
 */
export function useQueueEvents(onChange: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setState('offline');
      return;
    }
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let opened = 0;
    const open = async () => {
      try {
        const { ticket } = await api.request<{ ticket: string }>('POST', '/api/moderation/events/ticket', {});
        if (stopped) return;
        source = new EventSource(`${api.base}/api/moderation/events?ticket=${encodeURIComponent(ticket)}`);
        source.addEventListener('open', () => {
          setState('live');
          // Whatever changed while the stream was down is read again.
          if (opened++ > 0) latest.current();
        });
        for (const type of EVENTS) source.addEventListener(type, () => latest.current());
        source.addEventListener('error', () => {
          if (!source || source.readyState !== EventSource.CLOSED) return;
          setState('offline');
          retry = setTimeout(() => void open(), 3_000);
        });
      } catch {
        if (stopped) return;
        setState('offline');
        retry = setTimeout(() => void open(), 5_000);
      }
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, []);
  return state;
}
