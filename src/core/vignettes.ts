/**
 * The rooms and front pages the stage can show instead of the map. The story names them with
 * `# scene:` and `# paper:` tags; the story check rejects any other id.
 */
export const VIGNETTES = {
  sukhanov_flat: { name: "Sukhanov's dining room on the Karpovka" },
  smolny_corridor: { name: "Smolny's corridors" },
  smolny_hall: { name: "Smolny's assembly hall" },
  malachite_room: { name: 'The Malachite Room, Winter Palace' },
  small_dining_room: { name: 'The Small Dining Room, Winter Palace' },
  palace_corridor: { name: 'A corridor of the Winter Palace' },
  palace_hospital: { name: 'The hospital in the Winter Palace' },
  palace_square_night: { name: 'Palace Square at night' },
  aurora_deck: { name: "The Aurora's deck" },
  kerensky_office: { name: "Kerensky's office" },
  kerensky_car: { name: "Kerensky's car on the road" },
  gatchina: { name: 'Gatchina palace' },
  cadet_barracks: { name: 'A cadet barracks' },
} as const satisfies Record<string, { readonly name: string }>;

export type VignetteId = keyof typeof VIGNETTES;

/** Newspapers and wires a chapter may open with. */
export const PAPERS = {
  rabochii_put: { name: "Rabochii Put'" },
  izvestia: { name: 'Izvestia' },
  novaya_zhizn: { name: 'Novaya Zhizn' },
  den: { name: "Den'" },
  rech: { name: "Rech'" },
  delo_naroda: { name: 'Delo Naroda' },
  telegram: { name: 'Telegram' },
} as const satisfies Record<string, { readonly name: string }>;

export type PaperId = keyof typeof PAPERS;

export function isVignetteId(value: string): value is VignetteId {
  return Object.hasOwn(VIGNETTES, value);
}

export function isPaperId(value: string): value is PaperId {
  return Object.hasOwn(PAPERS, value);
}
