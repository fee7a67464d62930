import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/core/tags.ts';

describe('parseTag', () => {
  it.each([
    ['place: smolny', { kind: 'place', place: 'smolny' }],
    ['chapter: The night on the Karpovka', { kind: 'chapter', title: 'The night on the Karpovka' }],
    ['weather: sleet', { kind: 'weather', weather: 'sleet' }],
    ['map: peter_paul mrc', { kind: 'map', place: 'peter_paul', control: 'mrc' }],
    ['bridge: liteiny raised', { kind: 'bridge', bridge: 'liteiny', raised: true }],
    ['bridge: palace lowered', { kind: 'bridge', bridge: 'palace', raised: false }],
    ['ship: aurora nikolaevsky_station', { kind: 'ship', ship: 'aurora', place: 'nikolaevsky_station' }],
    ['music: internationale', { kind: 'music', id: 'internationale' }],
    ['music: off', { kind: 'music', id: null }],
    ['ambience: off', { kind: 'ambience', id: null }],
    ['sfx: door_knock', { kind: 'sfx', id: 'door_knock' }],
    ['historicity: plausible', { kind: 'historicity', historicity: 'plausible', branch: null }],
    ['historicity: speculative L2', { kind: 'historicity', historicity: 'speculative', branch: 'L2' }],
    ['ending: lenin_ch1_vote', { kind: 'ending', id: 'lenin_ch1_vote' }],
    ['  Place :  smolny ', { kind: 'place', place: 'smolny' }],
    ['scene: malachite_room', { kind: 'scene', vignette: 'malachite_room' }],
    ['scene: map', { kind: 'scene', vignette: null }],
    [
      'paper: novaya_zhizn Yu. Kamenev on the "Action"',
      { kind: 'paper', paper: 'novaya_zhizn', headline: 'Yu. Kamenev on the "Action"', invented: false },
    ],
    [
      'paper: izvestia invented The Congress forms a government of all the socialists',
      {
        kind: 'paper',
        paper: 'izvestia',
        headline: 'The Congress forms a government of all the socialists',
        invented: true,
      },
    ],
    [
      'telling: martov Martov sat in the new government',
      { kind: 'telling', id: 'martov', text: 'Martov sat in the new government' },
    ],
    ['basis: documented', { kind: 'basis', basis: 'documented', source: null }],
    [
      'basis: quoted Lenin, letter of 24 October',
      { kind: 'basis', basis: 'quoted', source: 'Lenin, letter of 24 October' },
    ],
    ['title: Petrograd 1917', { kind: 'meta', key: 'title', value: 'Petrograd 1917' }],
  ])('parses %s', (raw, event) => {
    expect(parseTag(raw)).toEqual({ ok: true, event });
  });

  it('parses a time in Old Style', () => {
    expect(parseTag('time: 1917-10-10 22:00')).toEqual({
      ok: true,
      event: { kind: 'time', time: { year: 1917, month: 10, day: 10, hour: 22, minute: 0 } },
    });
  });

  it.each([
    ['colour: red', /unknown tag 'colour'/],
    ['place: moscow', /unknown place 'moscow'/],
    ['time: 10 Oct', /not 'YYYY-MM-DD HH:MM'/],
    ['weather: hail', /weather 'hail'/],
    ['map: smolny bolshevik', /control 'bolshevik'/],
    ['map: smolny', /control ''/],
    ['bridge: liteiny up', /raised or lowered/],
    ['bridge: tower raised', /bridge needs/],
    ['historicity: likely', /historicity 'likely'/],
    ['historicity: plausible Z9', /branch id like L2/],
    ['historicity: plausible L2 K3', /branch id like L2/],
    ['sfx: Door Knock', /not a sound id/],
    ['ending: ', /not an ending id/],
    ['chapter', /chapter needs a title/],
    ['basis: rumour', /basis 'rumour'/],
    ['basis: quoted', /names its source/],
    ['scene: kremlin', /unknown scene 'kremlin'/],
    ['paper: pravda Peace!', /unknown paper 'pravda'/],
    ['paper: izvestia', /paper needs/],
    ['paper: izvestia invented', /paper needs/],
    ['telling: martov', /telling needs/],
  ])('rejects %s', (raw, message) => {
    const result = parseTag(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
