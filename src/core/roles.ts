export const ROLES = ['lenin', 'kerensky', 'junker'] as const;
export type Role = (typeof ROLES)[number];
