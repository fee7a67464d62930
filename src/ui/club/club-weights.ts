import { weighMenus, type MenuWeights } from '../../core/club-decisions.ts';

/**
 * Which menus are key decisions, from the maps of choices made at build time: fetched with club
 * mode (never by the title), and reduced at once to a verdict per menu.
 */
export async function loadMenuWeights(): Promise<MenuWeights> {
  const maps = (await import('virtual:choice-maps')).default;
  return weighMenus(Object.values(maps));
}
