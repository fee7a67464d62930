/**
 * What a compiled story holds by name: its knots and stitches (the places a writer can jump to) and
 * its global variables. Read from the compiled JSON, because inkjs keeps both lists private.
 */
export interface StoryOutline {
  /** `knot` and `knot.stitch` paths, in the order the story declares them. */
  readonly paths: readonly string[];
  readonly variables: readonly string[];
}

type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A container's named content: ink keeps it in the container's last element, a dictionary. */
function namedIn(container: Json): Record<string, Json> {
  if (!Array.isArray(container)) return {};
  const last: Json = container.at(-1);
  return isRecord(last) ? last : {};
}

/** ink's own names for choices, gathers and flags, not written by anyone: `c-0`, `g-1`, `#f`, `$r1`. */
const GENERATED = /^(?:[cg]-\d+|#.*|\$.*|s\d*|global decl)$/;

function variablesIn(declarations: Json): string[] {
  if (!Array.isArray(declarations)) return [];
  return declarations.flatMap((item: Json) => {
    const name = isRecord(item) ? item['VAR='] : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

/** The story's outline; `prefix` keeps only the knots whose names start with it (a role's own knots). */
export function storyOutline(story: string | Record<string, unknown>, prefix = ''): StoryOutline {
  const data: Json = typeof story === 'string' ? JSON.parse(story) : story;
  const top = namedIn(isRecord(data) ? data['root'] : null);
  const paths: string[] = [];
  for (const [knot, container] of Object.entries(top)) {
    if (GENERATED.test(knot) || !knot.startsWith(prefix)) continue;
    paths.push(knot);
    for (const stitch of Object.keys(namedIn(container))) {
      if (!GENERATED.test(stitch)) paths.push(`${knot}.${stitch}`);
    }
  }
  return { paths, variables: variablesIn(top['global decl']) };
}
