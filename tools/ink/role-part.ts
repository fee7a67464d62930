/**
 * One role's part of the story, as the text of an ink entry file: the main file's INCLUDEs of that
 * role's folder (and of any shared file outside the role folders), starting at the role's knot. A
 * player who chooses Lenin never needs Kerensky's chapters, so the game fetches only the part it plays.
 */
const INCLUDE = /^\s*INCLUDE\s+(\S+)\s*$/;

export function rolePartSource(mainSource: string, role: string, roles: readonly string[]): string {
  const otherFolders = roles.filter((other) => other !== role).map((other) => `${other}/`);
  const includes = mainSource
    .split('\n')
    .map((line) => INCLUDE.exec(line)?.[1])
    .filter((file): file is string => file !== undefined)
    .filter((file) => !otherFolders.some((folder) => file.startsWith(folder)));
  if (!includes.some((file) => file.startsWith(`${role}/`)))
    throw new Error(`the story's main file INCLUDEs nothing from ${role}/`);
  return [...includes.map((file) => `INCLUDE ${file}`), '', `-> ${role}`, ''].join('\n');
}
