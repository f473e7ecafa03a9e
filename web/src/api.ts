import type { DossierRecord } from '../../src/core/record.js';
import type { SearchResult, StoredEvent } from '../../src/store/repository.js';

export type { DossierRecord, SearchResult, StoredEvent };

/** An error the server answered, with its kind and one-line message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached. Is "dossier serve" still running?');
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `The server answered ${res.status}.`);
  }
  return body as T;
}

export interface ExtractRequest {
  text?: string;
  html?: string;
  url?: string;
  date?: string;
  save?: boolean;
}

export const api = {
  extract: (req: ExtractRequest) => call<DossierRecord>('/api/extract', { method: 'POST', body: JSON.stringify(req) }),
  record: (id: string) => call<DossierRecord>(`/api/records/${encodeURIComponent(id)}`),
  search: (q: string) => call<SearchResult>(`/api/records?${new URLSearchParams(q ? { q, limit: '50' } : { limit: '50' })}`),
  events: () => call<StoredEvent[]>('/api/events?limit=500'),
  event: (id: string) => call<StoredEvent>(`/api/events/${encodeURIComponent(id)}`),
  health: () => call<{ store: string; records?: number }>('/api/health'),
};
