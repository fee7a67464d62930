/**
 * Every place, bridge and ship the story may name. The story check rejects any other id,
 * and the stage draws each one where it really stood.
 */
export interface PlaceInfo {
  readonly name: string;
  /** Where a place off the central map lies, so the stage can point towards it. */
  readonly offMap?: 'north' | 'south' | 'east' | 'west' | 'south-west' | 'north-west';
}

export const PLACES = {
  smolny: { name: 'Smolny Institute' },
  winter_palace: { name: 'Winter Palace' },
  palace_square: { name: 'Palace Square' },
  general_staff: { name: 'General Staff' },
  admiralty: { name: 'Admiralty' },
  peter_paul: { name: 'Peter and Paul Fortress' },
  mariinsky: { name: 'Mariinsky Palace' },
  telephone_exchange: { name: 'Telephone exchange' },
  telegraph: { name: 'Central telegraph' },
  state_bank: { name: 'State Bank' },
  trud_press: { name: 'Trud printing works' },
  finland_station: { name: 'Finland Station' },
  nikolaevsky_station: { name: 'Nikolaevsky Station' },
  baltic_station: { name: 'Baltic Station' },
  kshesinskaya: { name: 'Kshesinskaya mansion' },
  sukhanov_flat: { name: "Sukhanov's flat, Karpovka" },
  fofanova_flat: { name: "Fofanova's flat, Vyborg Side" },
  franco_russian_works: { name: 'Franco-Russian Works' },
  modern_circus: { name: 'Modern Circus' },
  peoples_house: { name: "People's House" },
  city_duma: { name: 'City Duma' },
  engineers_castle: { name: "Engineers' Castle" },
  nevsky: { name: 'Nevsky Prospekt' },
  field_of_mars: { name: 'Field of Mars' },
  // the street along the Neva to Smolny, where Lenin and Rahja met the junker patrol on the night of 24 October
  shpalernaya: { name: 'Shpalernaya Street' },
  oranienbaum: { name: 'Oranienbaum', offMap: 'west' },
  peterhof: { name: 'Peterhof', offMap: 'west' },
  kronstadt: { name: 'Kronstadt', offMap: 'west' },
  levashovo: { name: 'Levashovo', offMap: 'north' },
  tsarskoe_selo: { name: 'Tsarskoe Selo', offMap: 'south' },
  gatchina: { name: 'Gatchina', offMap: 'south-west' },
  pulkovo: { name: 'Pulkovo Heights', offMap: 'south' },
  pskov: { name: 'Pskov (Northern Front)', offMap: 'south-west' },
  staraya_russa: { name: 'Staraya Russa', offMap: 'south' },
} as const satisfies Record<string, PlaceInfo>;

export type PlaceId = keyof typeof PLACES;

export const BRIDGES = {
  nikolaevsky: { name: 'Nikolaevsky Bridge' },
  palace: { name: 'Palace Bridge' },
  troitsky: { name: 'Troitsky Bridge' },
  liteiny: { name: 'Liteiny Bridge' },
  sampsonievsky: { name: 'Sampsonievsky Bridge' },
  grenadersky: { name: 'Grenadersky Bridge' },
} as const satisfies Record<string, { name: string }>;

export type BridgeId = keyof typeof BRIDGES;

export const SHIPS = {
  aurora: { name: 'Aurora' },
} as const satisfies Record<string, { name: string }>;

export type ShipId = keyof typeof SHIPS;

export const CONTROLS = ['government', 'mrc', 'contested', 'neutral'] as const;
export type Control = (typeof CONTROLS)[number];

export function isPlaceId(id: string): id is PlaceId {
  return Object.hasOwn(PLACES, id);
}

export function isBridgeId(id: string): id is BridgeId {
  return Object.hasOwn(BRIDGES, id);
}

export function isShipId(id: string): id is ShipId {
  return Object.hasOwn(SHIPS, id);
}
