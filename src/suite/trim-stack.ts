// A stack trace cut down to the frames in the user's own file, with the path as they know it.

export function trimStack(stack: string | undefined, solutionFile: string, shownAs: string): string | undefined {
  if (!stack) return undefined;
  const frames = stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at ") && line.includes(solutionFile))
    .slice(0, 6)
    .map((line) => line.replaceAll(solutionFile, shownAs).trim());
  return frames.length ? frames.join("\n") : undefined;
}
