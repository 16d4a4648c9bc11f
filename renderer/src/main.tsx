import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/dialogs.css';
import './styles/layers.css';
import './styles/performance.css';
import './styles/toast.css';
import './styles/dashboard.css';
import './styles/prompts.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
