import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { AuthProvider } from './auth/AuthContext';
import { loadUiConfig } from './config';
import { setupI18n } from './i18n';
import './styles.css';

setupI18n();

// The issuer is learned at run time from the gateway (/ui-config.json), so one build runs everywhere.
loadUiConfig().then((config) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BrowserRouter>
        <AuthProvider config={config}>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </StrictMode>,
  );
});
