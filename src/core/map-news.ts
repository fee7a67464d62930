/**
 * What changed on the map, in words: the canvas is decoration, so a screen reader hears of each
 * key point changing hands, each bridge raised or lowered and each ship moved, as the map shows it.
 */
import { BRIDGES, PLACES, SHIPS, type BridgeId, type Control, type PlaceId, type ShipId } from './places.ts';
import { INVENTED_FRONT, type FrontPage, type SceneState } from './scene.ts';
import { PAPERS, VIGNETTES } from './vignettes.ts';

const HELD_BY: Record<Control, string> = {
  government: 'held by the Provisional Government',
  mrc: 'held by the Military Revolutionary Committee',
  contested: 'contested',
  neutral: 'neutral',
};

function keys<K extends string>(record: Readonly<Partial<Record<K, unknown>>>): K[] {
  return Object.keys(record) as K[];
}

/** A front page in words, as the drawing shows it: the paper, whether the issue is invented, the headline. */
export function describeFront(front: FrontPage): string {
  const what = front.paper === 'telegram' ? 'A telegram' : `Front page of ${PAPERS[front.paper].name}`;
  return `${what}${front.invented ? ` (${INVENTED_FRONT})` : ''}: “${front.headline}”.`;
}

const sameFront = (a: FrontPage | null, b: FrontPage | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.paper === b.paper && a.headline === b.headline && a.invented === b.invented);

export function mapNews(prev: SceneState, next: SceneState): string[] {
  const news: string[] = [];
  for (const place of keys<PlaceId>(next.control)) {
    const control = next.control[place];
    if (control && control !== prev.control[place]) news.push(`${PLACES[place].name}: now ${HELD_BY[control]}.`);
  }
  for (const bridge of keys<BridgeId>(next.bridges)) {
    const raised = next.bridges[bridge];
    if (raised !== undefined && raised !== (prev.bridges[bridge] ?? false))
      news.push(`${BRIDGES[bridge].name} ${raised ? 'raised' : 'lowered'}.`);
  }
  for (const ship of keys<ShipId>(next.ships)) {
    const at = next.ships[ship];
    if (at && at !== prev.ships[ship]) news.push(`The ${SHIPS[ship].name} moves to the ${PLACES[at].name}.`);
  }
  if (next.vignette !== prev.vignette)
    news.push(next.vignette ? `Picture: ${VIGNETTES[next.vignette].name}.` : 'The map of Petrograd.');
  if (next.front && !sameFront(prev.front, next.front)) news.push(describeFront(next.front));
  return news;
}

/** Who holds what, for the status bar's description of the map as it stands. */
export function mapSummary(scene: SceneState): string {
  const held = keys<PlaceId>(scene.control).map((place) => {
    const control = scene.control[place];
    return control ? `${PLACES[place].name} ${HELD_BY[control]}` : '';
  });
  const raised = keys<BridgeId>(scene.bridges)
    .filter((bridge) => scene.bridges[bridge])
    .map((bridge) => BRIDGES[bridge].name);
  return [held.filter(Boolean).join('; '), raised.length ? `Raised: ${raised.join(', ')}` : '']
    .filter(Boolean)
    .join('. ');
}
