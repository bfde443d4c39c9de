import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { capabilitiesOf, homeOf, type Capabilities } from './auth/identity';
import { Busy } from './components/Busy';
import { Layout } from './components/Layout';
import { AuditPage } from './pages/AuditPage';
import { CallbackPage } from './pages/CallbackPage';
import { CaseListPage } from './pages/CaseListPage';
import { CasePage } from './pages/CasePage';
import { InboxPage } from './pages/InboxPage';
import { BriefingPage } from './pages/BriefingPage';
import { LoginPage } from './pages/LoginPage';
import { NotAllowedPage, NotFoundPage } from './pages/NotAllowedPage';
import { ReportPage } from './pages/ReportPage';
import { WhoAmIPage } from './pages/WhoAmIPage';

// the charts are only for the board: loaded when the dashboard is opened
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));

/** A page for the roles that have the capability (one of them); others get "not for your role", never the page. */
function Allowed({ capability, children }: { capability: keyof Capabilities | (keyof Capabilities)[]; children: ReactNode }) {
  const { role } = useAuth();
  const can = capabilitiesOf(role);
  const allowed = (Array.isArray(capability) ? capability : [capability]).some((c) => can[c]);
  return allowed ? <>{children}</> : <NotAllowedPage />;
}

export function App() {
  const { identity, role } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();

  if (location.pathname === '/login/callback') {
    return <Layout><CallbackPage /></Layout>;
  }
  if (!identity) {
    return <Layout><LoginPage /></Layout>;
  }
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Navigate to={homeOf(role)} replace />} />
        <Route path="/me" element={<WhoAmIPage />} />
        <Route path="/cases" element={<Allowed capability="cases"><CaseListPage /></Allowed>} />
        <Route path="/report" element={<Allowed capability="report"><ReportPage /></Allowed>} />
        {/* the board has no case list, but opens by its link a case whose reporting-duty steps are the board's */}
        <Route path="/cases/:caseId" element={<Allowed capability={['cases', 'takeSteps']}><CasePage /></Allowed>} />
        <Route path="/cases/:caseId/team-briefing" element={<Allowed capability="inbox"><BriefingPage /></Allowed>} />
        <Route path="/inbox" element={<Allowed capability="inbox"><InboxPage /></Allowed>} />
        <Route path="/dashboard" element={<Allowed capability="dashboard">
          <Suspense fallback={<Busy text={t('app.loading')} />}><DashboardPage /></Suspense>
        </Allowed>} />
        <Route path="/audit" element={<Allowed capability="audit"><AuditPage /></Allowed>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
