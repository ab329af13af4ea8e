// Each letter's last index; a part ends where the walk reaches the farthest last index
// of the letters seen in it.
export function partitionLabels(s: string): number[] {
  const last = new Array<number>(26).fill(-1);
  for (let i = 0; i < s.length; i++) last[s.charCodeAt(i) - 97] = i;
  const sizes: number[] = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    end = Math.max(end, last[s.charCodeAt(i) - 97]);
    if (i === end) {
      sizes.push(end - start + 1);
      start = i + 1;
    }
  }
  return sizes;
}
