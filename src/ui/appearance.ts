import { isMotionReduced, type LineSpacing, type Settings, type SettingsStore } from '../app/settings.ts';

const LINE_HEIGHTS: Record<LineSpacing, number> = { normal: 1.6, relaxed: 1.85, loose: 2.1 };

/**
 * Puts the settings on <html> as data attributes and custom properties; the style sheets
 * (styles.css, themes.css) do the rest.
 */
export function applySettings(root: HTMLElement, settings: Settings, systemPrefersReduced: boolean): void {
  root.dataset['theme'] = settings.theme;
  root.dataset['typeface'] = settings.typeface;
  root.dataset['lineSpacing'] = settings.lineSpacing;
  root.dataset['textSize'] = String(settings.textSize);
  root.dataset['textReveal'] = settings.reveal;
  root.dataset['captions'] = settings.captions ? 'on' : 'off';
  root.dataset['record'] = settings.recordMarks ? 'on' : 'off';
  root.dataset['motion'] = isMotionReduced(settings.reducedMotion, systemPrefersReduced) ? 'reduced' : 'full';
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  root.style.setProperty('--line-height', String(LINE_HEIGHTS[settings.lineSpacing]));
}

export interface Appearance {
  /** Whether motion is reduced now: the setting, or the device's preference when the setting says so. */
  reducedMotion(): boolean;
  systemPrefersReduced(): boolean;
  /** Called whenever the effective reduced motion changes (a setting, or the device's preference). */
  onReducedMotionChange(listener: (reduced: boolean) => void): () => void;
}

/** Keeps <html> in step with the settings and the device's motion preference. */
export function createAppearance(root: HTMLElement, settings: SettingsStore, systemMotion: MediaQueryList): Appearance {
  const reducedNow = (): boolean => isMotionReduced(settings.get().reducedMotion, systemMotion.matches);
  const listeners = new Set<(reduced: boolean) => void>();
  let reduced = reducedNow();
  const apply = (): void => {
    applySettings(root, settings.get(), systemMotion.matches);
    if (reducedNow() === reduced) return;
    reduced = reducedNow();
    for (const listener of [...listeners]) listener(reduced);
  };
  apply();
  settings.subscribe(apply);
  systemMotion.addEventListener('change', apply);
  return {
    reducedMotion: () => reduced,
    systemPrefersReduced: () => systemMotion.matches,
    onReducedMotionChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
