import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';
import type { ExportPurpose } from '../api/types';
import { Busy } from '../components/Busy';
import { ProblemMessage } from '../components/ProblemMessage';
import { useDownload } from '../components/useDownload';

const PURPOSES: ExportPurpose[] = ['POLICE', 'TRANSFER', 'COMPLAINT'];

/** The case's chronology as a PDF, for a purpose; only the school leader may share pupils' numbers in it. */
export function ChronologyExport({ api, caseId, role }: { api: ApiClient; caseId: string; role: string | null }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<ExportPurpose>('POLICE');
  const [share, setShare] = useState(false);
  const { download, busy, error } = useDownload();
  const mayShare = role === 'SCHOOL_LEADER';

  function exportPdf() {
    return download(() => api.chronology(caseId, purpose, mayShare && share), `chronologie-${caseId}.pdf`);
  }

  return (
    <section className="card" aria-labelledby="chronology-title">
      <h2 id="chronology-title">{t('reach.chronology.title')}</h2>
      <p className="hint">{t('reach.chronology.intro')}</p>
      <label htmlFor="chronology-purpose">{t('reach.chronology.purpose')}</label>
      <select id="chronology-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as ExportPurpose)}>
        {PURPOSES.map((p) => <option key={p} value={p}>{t(`reach.chronology.${p}`)}</option>)}
      </select>
      {mayShare ? (
        <label className="checkbox">
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
          {t('reach.chronology.shareReferences')}
        </label>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void exportPdf()} disabled={busy}>{t('reach.chronology.export')}</button>
        {busy ? <Busy text={t('reach.chronology.busy')} /> : null}
      </div>
      {error ? <ProblemMessage error={error} /> : null}
    </section>
  );
}
