import {
  DEFAULT_SETTINGS,
  type LineSpacing,
  type ReducedMotion,
  type Reveal,
  type Settings,
  type SettingsStore,
  type TextSize,
  type Theme,
  type Typeface,
} from '../app/settings.ts';
import { el } from './dom.ts';

export interface SettingsDialogOptions {
  readonly settings: SettingsStore;
  /** The device's own prefers-reduced-motion, shown beside the "as this device" choice. */
  readonly systemPrefersReducedMotion: () => boolean;
}

interface Control {
  readonly element: HTMLElement;
  sync(settings: Settings): void;
}

interface Option<T> {
  readonly value: T;
  readonly label: string;
  readonly class?: string;
}

type Key<T> = { [K in keyof Settings]: Settings[K] extends T ? K : never }[keyof Settings];

/** A <fieldset> of radio buttons; choosing one applies and remembers it at once. */
function radioGroup<T extends string | number>(
  store: SettingsStore,
  key: Key<T>,
  legend: string,
  options: readonly Option<T>[],
): Control & { focusChecked(): void } {
  const inputs = options.map((option, index) => {
    const input = el('input', { type: 'radio', name: `setting-${key}`, value: String(index) });
    input.addEventListener('change', () => {
      if (input.checked) store.update({ [key]: option.value });
    });
    return input;
  });
  const element = el(
    'fieldset',
    { class: 'setting-group' },
    el('legend', {}, legend),
    el(
      'div',
      { class: 'setting-options' },
      ...options.map((option, index) =>
        el(
          'label',
          { class: `setting-option ${option.class ?? ''}`.trim() },
          inputs[index],
          el('span', {}, option.label),
        ),
      ),
    ),
  );
  return {
    element,
    sync(settings) {
      const current: unknown = settings[key];
      options.forEach((option, index) => {
        const input = inputs[index];
        if (input) input.checked = current === option.value;
      });
    },
    focusChecked: () => (inputs.find((input) => input.checked) ?? inputs[0])?.focus(),
  };
}

/** A labelled volume slider with its value shown beside it. */
function volumeSlider(
  store: SettingsStore,
  key: 'masterVolume' | 'musicVolume' | 'ambienceVolume' | 'effectsVolume',
  label: string,
): Control {
  const id = `setting-${key}`;
  const input = el('input', { type: 'range', id, min: 0, max: 100, step: 5 });
  // the value as plain text, not an <output>: that is a live region, and the slider already says its value
  const output = el('span', { class: 'setting-value' });
  input.addEventListener('input', () => store.update({ [key]: input.valueAsNumber }));
  return {
    element: el('div', { class: 'setting-slider' }, el('label', { for: id }, label), input, output),
    sync(settings) {
      input.value = String(settings[key]);
      output.textContent = `${settings[key]}%`;
      input.setAttribute('aria-valuetext', `${settings[key]}%`);
    },
  };
}

function checkbox(store: SettingsStore, key: 'captions' | 'recordMarks' | 'muted', label: string): Control {
  const id = `setting-${key}`;
  const input = el('input', { type: 'checkbox', id });
  input.addEventListener('change', () => store.update({ [key]: input.checked }));
  return {
    element: el('div', { class: 'setting-check' }, input, el('label', { for: id }, label)),
    sync: (settings) => void (input.checked = settings[key]),
  };
}

/** The settings: a modal <dialog>; every change applies at once and is remembered. */
export function createSettingsDialog(options: SettingsDialogOptions): {
  element: HTMLDialogElement;
  open(): void;
} {
  const store = options.settings;
  const textSize = radioGroup<TextSize>(store, 'textSize', 'Text size', [
    { value: 90, label: '90%' },
    { value: 100, label: '100%' },
    { value: 125, label: '125%' },
    { value: 150, label: '150%' },
    { value: 200, label: '200%' },
  ]);
  const lineSpacing = radioGroup<LineSpacing>(store, 'lineSpacing', 'Line spacing', [
    { value: 'normal', label: 'Normal' },
    { value: 'relaxed', label: 'Relaxed' },
    { value: 'loose', label: 'Loose' },
  ]);
  const typeface = radioGroup<Typeface>(store, 'typeface', 'Typeface of the story', [
    { value: 'legible', label: 'Highly legible (Atkinson Hyperlegible)', class: 'sample-legible' },
    { value: 'period', label: 'Period (Old Standard)', class: 'sample-period' },
    { value: 'dyslexic', label: 'OpenDyslexic', class: 'sample-dyslexic' },
  ]);
  const theme = radioGroup<Theme>(store, 'theme', 'Colours', [
    { value: 'paper', label: 'Paper' },
    { value: 'night', label: 'Night' },
    { value: 'contrast', label: 'High contrast' },
  ]);
  const reveal = radioGroup<Reveal>(store, 'reveal', 'New text appears', [
    { value: 'instant', label: 'All at once' },
    { value: 'paced', label: 'Paced, paragraph by paragraph' },
  ]);
  const motion = radioGroup<ReducedMotion>(store, 'reducedMotion', 'Reduce motion', [
    { value: 'system', label: 'As this device' },
    { value: 'on', label: 'Always' },
    { value: 'off', label: 'Never' },
  ]);
  // the "as this device" choice says what the device asks for now
  const systemMotion = el('span', {});
  motion.element.querySelector('.setting-option span')?.append(' (now: ', systemMotion, ')');
  const sound = [
    volumeSlider(store, 'masterVolume', 'Master volume'),
    volumeSlider(store, 'musicVolume', 'Music'),
    volumeSlider(store, 'ambienceVolume', 'Ambience'),
    volumeSlider(store, 'effectsVolume', 'Effects'),
    checkbox(store, 'muted', 'Mute all sound'),
    checkbox(store, 'captions', 'Show captions for music, ambience and effects'),
  ];
  const recordMarks = checkbox(
    store,
    'recordMarks',
    'Show the record beside the story: a small mark on passages that are documented, quoted, plausible or invented',
  );
  const controls: Control[] = [textSize, lineSpacing, typeface, theme, recordMarks, reveal, motion, ...sound];
  const status = el('p', { class: 'setting-status', role: 'status' });
  const reset = el('button', { type: 'button' }, 'Reset to defaults');
  const done = el('button', { type: 'button', class: 'primary' }, 'Done');
  const form = el(
    'form',
    { class: 'settings-form' },
    el('h3', {}, 'Reading'),
    textSize.element,
    lineSpacing.element,
    typeface.element,
    theme.element,
    recordMarks.element,
    el('h3', {}, 'Motion'),
    reveal.element,
    motion.element,
    el('h3', {}, 'Sound'),
    ...sound.map((control) => control.element),
  );
  const element = el(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'settings-title' },
    el('h2', { id: 'settings-title' }, 'Settings'),
    form,
    el('p', { class: 'settings-actions' }, reset, ' ', done),
    status,
  );

  const sync = (settings: Settings): void => {
    systemMotion.textContent = options.systemPrefersReducedMotion() ? 'reduced' : 'not reduced';
    for (const control of controls) control.sync(settings);
  };
  store.subscribe((settings) => {
    if (element.open) sync(settings);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  reset.addEventListener('click', () => {
    store.update({ ...DEFAULT_SETTINGS, muted: store.get().muted });
    status.textContent = 'Settings reset to their defaults.';
  });
  done.addEventListener('click', () => element.close());

  // focus goes back to whatever opened the dialog (the menu's Settings button)
  let opener: HTMLElement | null = null;
  element.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
    opener = null;
  });

  return {
    element,
    open() {
      if (element.open) return;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      status.textContent = '';
      sync(store.get());
      element.showModal();
      textSize.focusChecked();
    },
  };
}
