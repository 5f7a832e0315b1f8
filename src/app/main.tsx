import { render } from 'preact';
import { keepApplicationsSaved, restoreApplications } from '../application';
import { App } from './App';
import './styles/index.css';

const root = document.getElementById('app');
if (root) {
  // Bring back what was being filled in before the page was reloaded or closed, then show it.
  void restoreApplications()
    .catch(() => undefined)
    .then(() => {
      keepApplicationsSaved();
      render(<App />, root);
    });
}
