import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { capabilitiesOf, type Role } from '../auth/identity';
import { roleLabel, switchLanguage, type Language } from '../i18n';

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { identity, role, chooseRole, logout, login, expired } = useAuth();
  const can = capabilitiesOf(role);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // after a page change, put the keyboard focus on the new page's content (not on the first time)
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="header-tools">
          <label className="inline-label" htmlFor="language">{t('app.language')}</label>
          <select id="language" value={i18n.language} onChange={(e) => switchLanguage(e.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
          {identity && identity.roles.length > 1 ? (
            <>
              <label className="inline-label" htmlFor="acting-role">{t('nav.actingRole')}</label>
              <select id="acting-role" value={role ?? ''} onChange={(e) => chooseRole(e.target.value as Role)}>
                {identity.roles.map((r) => <option key={r} value={r}>{roleLabel(t, r)}</option>)}
              </select>
            </>
          ) : null}
          {identity ? (
            <>
              <span className="who" data-testid="who">
                {identity.name} · {roleLabel(t, role)}
              </span>
              <button type="button" onClick={() => void logout()}>{t('nav.logout')}</button>
            </>
          ) : null}
        </div>
      </header>
      {identity ? (
        <nav className="main-nav" aria-label={t('app.mainNav')}>
          <ul>
            {can.cases ? (
              <li><NavLink to="/cases" end>{role === 'TEAM_MEMBER' ? t('nav.myReports') : t('nav.cases')}</NavLink></li>
            ) : null}
            {can.report ? <li><NavLink to="/report">{t('nav.report')}</NavLink></li> : null}
            {can.inbox ? <li><NavLink to="/inbox">{t('nav.inbox')}</NavLink></li> : null}
            {can.dashboard ? <li><NavLink to="/dashboard">{t('nav.dashboard')}</NavLink></li> : null}
            {can.audit ? <li><NavLink to="/audit">{t('nav.audit')}</NavLink></li> : null}
            <li><NavLink to="/me">{t('nav.me')}</NavLink></li>
          </ul>
        </nav>
      ) : null}
      {expired ? (
        <div className="banner" role="alert">
          {t('login.expired')}{' '}
          <button type="button" onClick={() => void login()}>{t('login.tryAgain')}</button>
        </div>
      ) : null}
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">{t('app.footer')}</footer>
    </>
  );
}
