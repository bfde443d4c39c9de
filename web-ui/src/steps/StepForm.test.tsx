import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import { setupI18n } from '../i18n';
import { caseView } from '../test/fixtures';
import { stepByPath } from './definitions';
import { StepForm } from './StepForm';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

function apiAnswering(...answers: Response[]) {
  const sent: Sent[] = [];
  const api = new ApiClient({
    token: () => 'token',
    fetch: (async (url: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(url), headers: init?.headers as Record<string, string>, body: JSON.parse(String(init?.body)) });
      return answers.shift()!;
    }) as typeof fetch,
  });
  return { api, sent };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

beforeAll(() => {
  setupI18n('nl');
});
afterEach(cleanup);

describe('a step form', () => {
  it('shows the service\'s message next to the field it is about, and keeps the key for the retry', async () => {
    const user = userEvent.setup();
    const { api, sent } = apiAnswering(
      json(400, {
        type: 'https://sexting-protocol.example/problems/invalid-fields', status: 400,
        detail: 'Nothing was saved.', errors: [{ field: 'victim', message: 'P-9 is not a victim in this case.' }],
      }, 'application/problem+json'),
      json(200, { caseId: 'case-1', version: 4 }),
      json(200, { caseId: 'case-1', version: 5 }));
    const onSaved = vi.fn();
    render(<StepForm step={stepByPath('victim-conversation')!} view={caseView()} api={api} onSaved={onSaved}
                     onReload={() => undefined} />);

    const victim = screen.getByLabelText(/Slachtoffer \(leerlingnummer\)/);
    await user.clear(victim);
    await user.type(victim, 'P-9');
    await user.click(screen.getByLabelText('Ouders waren erbij'));
    await user.click(screen.getByRole('button', { name: 'Vastleggen' }));

    const message = await screen.findByText('P-9 is not a victim in this case.');
    expect(victim.getAttribute('aria-invalid')).toBe('true');
    expect(victim.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByRole('alert').textContent).toContain('Niet opgeslagen: sommige velden vragen aandacht.');
    expect(sent[0].url).toBe('/api/cases/case-1/victim-conversation');
    expect(sent[0].headers['If-Match']).toBe('"3"');
    expect(sent[0].body).toMatchObject({ victim: 'P-9', parentsPresent: true, perpetratorsKnown: false });

    await user.clear(victim);
    await user.type(victim, 'P-1');
    await user.click(screen.getByRole('button', { name: 'Vastleggen' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(4));
    // the same submission tried again: the same key, so the case records it once
    expect(sent[1].headers['Idempotency-Key']).toBe(sent[0].headers['Idempotency-Key']);
    expect(sent[1].body.victim).toBe('P-1');
    expect(screen.queryByText('P-9 is not a victim in this case.')).toBeNull();

    // after a success, a new submission has a new key
    await user.click(screen.getByRole('button', { name: 'Vastleggen' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(5));
    expect(sent[2].headers['Idempotency-Key']).not.toBe(sent[1].headers['Idempotency-Key']);
  });

  it('says in words that someone else changed the case, and offers to look again', async () => {
    const user = userEvent.setup();
    const { api } = apiAnswering(json(409, {
      type: 'https://sexting-protocol.example/problems/stale-version', status: 409, currentVersion: 6,
      detail: 'Someone else recorded something in this case since you looked (you saw version 3, it is now at 6).',
    }, 'application/problem+json'));
    const onReload = vi.fn();
    render(<StepForm step={stepByPath('evidence-location')!} view={caseView()} api={api} onSaved={() => undefined}
                     onReload={onReload} />);

    await user.selectOptions(screen.getByRole('combobox', { name: /Waar is het bewijs\?/ }), 'WITH_POLICE');
    await user.click(screen.getByRole('button', { name: 'Vastleggen' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Iemand anders heeft intussen iets vastgelegd');
    expect(alert.textContent).toContain('it is now at 6');
    await user.click(screen.getByRole('button', { name: 'Dossier opnieuw bekijken' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('lists the protocol\'s open steps in Dutch when closing is refused, and places reasons per step', async () => {
    const user = userEvent.setup();
    const { api, sent } = apiAnswering(json(409, {
      type: 'https://sexting-protocol.example/problems/protocol/protocol-incomplete', status: 409,
      detail: 'The case cannot close while required steps are open without a reason.', openSteps: ['SANCTIONS'],
    }, 'application/problem+json'));
    render(<StepForm step={stepByPath('close')!} view={caseView()} api={api} onSaved={() => undefined}
                     onReload={() => undefined} />);

    await user.selectOptions(screen.getByLabelText(/Uitkomst/), 'RESOLVED');
    await user.type(screen.getByLabelText('Reden: Gesprek met het slachtoffer'), 'slachtoffer wilde geen gesprek');
    await user.click(screen.getByRole('button', { name: 'Vastleggen' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het protocol staat dit nu niet toe.');
    expect(alert.textContent).toContain('Maatregelen voor de dader(s)');
    expect(sent[0].body.skippedStepReasons).toEqual({ VICTIM_CONVERSATION: 'slachtoffer wilde geen gesprek' });
    // the open step's own reason box says what to do
    const reason = screen.getByLabelText('Reden: Maatregelen voor de dader(s)');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent)
      .toBe('Zet deze stap eerst, of geef hier de reden waarom niet.');
    expect(screen.getByLabelText('Reden: Gesprek met het slachtoffer').getAttribute('aria-invalid')).toBe('false');
  });

  it('gives every control a visible label', () => {
    const { api } = apiAnswering();
    for (const path of ['victim-conversation', 'team-briefing', 'close', 'sanctions', 'access-grants']) {
      const { container, unmount } = render(<StepForm step={stepByPath(path)!} view={caseView()} api={api}
                                                      onSaved={() => undefined} onReload={() => undefined} />);
      for (const control of container.querySelectorAll('input, select, textarea')) {
        const label = container.querySelector(`label[for="${control.id}"]`);
        expect(label?.textContent?.trim(), `${path}: ${control.id}`).toBeTruthy();
      }
      unmount();
    }
  });
});
