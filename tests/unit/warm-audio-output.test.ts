import { describe, expect, it } from 'vitest';
import { warmAudioOutput } from '../../src/platform/warm-audio-output.ts';

describe('starting the audio service before the sound bank', () => {
  it('asks for the device list once and waits for the answer without reading it', async () => {
    let asked = 0;
    let answered = false;
    const warming = warmAudioOutput({
      enumerateDevices: () => {
        asked += 1;
        return new Promise((resolve) => {
          setTimeout(() => {
            answered = true;
            resolve([{ kind: 'audiooutput', label: '' }]);
          }, 5);
        });
      },
    });
    expect(asked).toBe(1);
    await expect(warming).resolves.toBeUndefined();
    expect(answered).toBe(true);
  });

  it('loses nothing when the browser refuses the list', async () => {
    await expect(
      warmAudioOutput({ enumerateDevices: () => Promise.reject(new Error('NotAllowedError')) }),
    ).resolves.toBeUndefined();
  });

  it('does nothing where there is no device list (a page not served securely)', async () => {
    await expect(warmAudioOutput(undefined)).resolves.toBeUndefined();
  });
});
