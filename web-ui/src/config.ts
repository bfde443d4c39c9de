/** What the UI learns at run time from its own origin (the gateway serves /ui-config.json). */
export interface UiConfig {
  issuer: string;
  clientId: string;
}

/** Used when /ui-config.json is not there (`npm run dev`, or a gateway that does not serve it yet). */
export const DEV_FALLBACK: UiConfig = { issuer: 'http://localhost:9000', clientId: 'case-desk' };

export async function loadUiConfig(doFetch: typeof fetch = fetch): Promise<UiConfig> {
  try {
    const response = await doFetch('/ui-config.json', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return DEV_FALLBACK;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return DEV_FALLBACK;
    const { issuer, clientId } = body as Record<string, unknown>;
    return {
      issuer: typeof issuer === 'string' && issuer !== '' ? issuer.replace(/\/+$/, '') : DEV_FALLBACK.issuer,
      clientId: typeof clientId === 'string' && clientId !== '' ? clientId : DEV_FALLBACK.clientId,
    };
  } catch {
    return DEV_FALLBACK;
  }
}
