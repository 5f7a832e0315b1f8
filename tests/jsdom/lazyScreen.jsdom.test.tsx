import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazily } from '../../src/app/lazily';
import { lazyScreen } from '../../src/app/lazyScreen';

afterEach(cleanup);

describe('a screen whose code loads on first use', () => {
  it('says plainly, where it would be, that its code did not arrive, with a way to load the page again', async () => {
    const Broken = lazyScreen<{ readonly name: string }>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(<Broken name="x" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit deel van de app is niet geladen. Kijk of er internet is. Laad daarna de pagina opnieuw.');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeTruthy();
  });

  it('shows the screen once its code is there, and nothing in between', async () => {
    let arrive: (component: (props: { readonly name: string }) => preact.JSX.Element) => void = () => undefined;
    const Late = lazyScreen<{ readonly name: string }>(() => new Promise((resolve) => (arrive = resolve)));
    const { container } = render(<Late name="Mila" />);
    expect(container.textContent).toBe('');
    arrive(({ name }) => <p>Hallo {name}</p>);
    expect(await screen.findByText('Hallo Mila')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('lazily', () => {
  it('loads once and keeps it, and after a failed load tries again at the next use', async () => {
    let calls = 0;
    const part = lazily(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('loaded')));
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.loaded()).toBeUndefined();
    await expect(part.load()).resolves.toBe('loaded');
    await expect(part.load()).resolves.toBe('loaded');
    expect(part.loaded()).toBe('loaded');
    expect(calls).toBe(2);
  });
});
