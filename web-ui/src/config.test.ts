import { describe, expect, it } from 'vitest';
import { DEV_FALLBACK, loadUiConfig } from './config';

const answering = (response: Response | Error) =>
  (async () => { if (response instanceof Error) throw response; return response; }) as unknown as typeof fetch;

describe('the run-time configuration', () => {
  it('takes the issuer and client from /ui-config.json', async () => {
    const config = await loadUiConfig(answering(new Response(
      JSON.stringify({ issuer: 'https://login.example.nl/realms/board/', clientId: 'case-desk' }),
      { status: 200, headers: { 'Content-Type': 'application/json' } })));
    expect(config).toEqual({ issuer: 'https://login.example.nl/realms/board', clientId: 'case-desk' });
  });

  it('falls back to the development issuer when the file is not there or not readable', async () => {
    expect(await loadUiConfig(answering(new Response('not found', { status: 404 })))).toEqual(DEV_FALLBACK);
    expect(await loadUiConfig(answering(new TypeError('offline')))).toEqual(DEV_FALLBACK);
    expect(await loadUiConfig(answering(new Response('<html>', { status: 200 })))).toEqual(DEV_FALLBACK);
    expect(DEV_FALLBACK).toEqual({ issuer: 'http://localhost:9000', clientId: 'case-desk' });
  });
});
