/**
 * Starts the browser's audio service while the title is on screen, before the sound bank needs it.
 * The first audio context of a browser session makes the page's main thread wait while the browser
 * starts that service: 60-90 ms on a laptop without a GPU, a long task just as a role's first words
 * are read. Asking for the list of audio devices starts it without making the page wait (the answer is
 * not read), and the sound bank's audio context then takes 3-8 ms (docs/performance.md). A muted
 * audio element would do the same where the browser lets a page play before it is clicked, which
 * Chromium's default policy does not.
 */

/** The part of `navigator.mediaDevices` this uses, so a test can stand in for it. */
export interface DeviceList {
  enumerateDevices(): Promise<unknown>;
}

/** Resolves once the service is up; quietly does nothing where there is no device list (a page not served securely). */
export function warmAudioOutput(
  devices: DeviceList | undefined = (globalThis.navigator as Navigator | undefined)?.mediaDevices,
): Promise<void> {
  if (typeof devices?.enumerateDevices !== 'function') return Promise.resolve();
  return devices.enumerateDevices().then(
    () => undefined,
    () => undefined,
  );
}
