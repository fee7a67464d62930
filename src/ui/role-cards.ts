import type { Role } from '../core/roles.ts';

export interface RoleCard {
  readonly role: Role;
  readonly name: string;
  readonly position: string;
  readonly opening: string;
  readonly blurb: string;
}

export const ROLE_CARDS: readonly RoleCard[] = [
  {
    role: 'lenin',
    name: 'Vladimir Lenin',
    position: 'Bolshevik leader, hiding from a warrant for his arrest',
    opening: 'Tuesday 10 October 1917 (23 October New Style), the Vyborg Side',
    blurb:
      'Clean-shaven, in a wig, wanted since July. Your own Central Committee hesitates. Tonight you must persuade them that the time for a rising has come — or find out what it costs to fail.',
  },
  {
    role: 'kerensky',
    name: 'Alexander Kerensky',
    position: 'Minister-President of the Provisional Government and Supreme Commander',
    opening: 'Early October 1917, the Winter Palace',
    blurb:
      'The Germans are in the Baltic, the generals want the capital’s garrison at the front, and the Soviet suspects every order you sign. The right has not trusted you since Kornilov, nor the left since July.',
  },
  {
    role: 'junker',
    name: 'A cadet of the Peterhof ensign school',
    position: 'Nineteen years old, in training to be an officer',
    opening: 'Tuesday 24 October 1917 (6 November New Style), Peterhof',
    blurb:
      'The school has been kept ready for a week. Today the order comes: into the capital, to defend the government. You have a rifle, a letter home half written, and no idea what the city will ask of you.',
  },
];
