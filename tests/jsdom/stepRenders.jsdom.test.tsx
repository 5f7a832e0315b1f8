import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';

/** Preact's hook before each component renders (`options._render`, mangled to `__r` in its build). */
type RenderHook = { __r?: (vnode: VNode) => void };

/** The names of the components rendered since the last `take()`. */
function recordRenders() {
  const hooks = options as typeof options & RenderHook;
  const before = hooks.__r;
  let rendered: string[] = [];
  hooks.__r = (vnode) => {
    before?.(vnode);
    if (typeof vnode.type === 'function') rendered.push(vnode.type.name);
  };
  return {
    take: () => [rendered, (rendered = [])][0] as string[],
    stop: () => void (hooks.__r = before),
  };
}

describe('what a keystroke renders', () => {
  let renders: ReturnType<typeof recordRenders>;
  beforeEach(() => void (renders = recordRenders()));
  afterEach(() => renders.stop());

  it('typing in a text box saves the answer without rendering the step\'s form again', async () => {
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK });
    const box = document.getElementById('q-familyName') as HTMLInputElement;
    renders.take();
    box.value = 'B';
    fireEvent.input(box);
    await waitFor(() => expect(applications.get()[GPK]?.answers.familyName).toBe('B'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const rendered = renders.take();
    expect(rendered).not.toContain('StepForm');
    expect(rendered).not.toContain('TextInputField');
    expect(box.value).toBe('B');
  });

  it('a choice that shows another question renders the step with it', async () => {
    renderApp(`/aanvraag/${GPK}/stap/medicalAssessment`, { permitId: GPK, answers: { applicationKind: 'first' } });
    expect(document.getElementById('q-doctorName')).toBeNull();
    fireEvent.click(screen.getAllByLabelText('Ja')[1] as HTMLElement);
    await waitFor(() => expect(document.getElementById('q-doctorName')).not.toBeNull());
    expect(renders.take()).toContain('StepForm');
  });
});
