// Quickselect with a random pivot and a three-way partition (greater | equal | less):
// expected O(n), and many equal values do not make it quadratic.
export function findKthLargest(nums: number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be between 1 and ${nums.length}, got ${k}`);
  }
  const a = nums.slice();
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1; // index in largest-first order
  for (;;) {
    const pivot = a[lo + Math.floor(Math.random() * (hi - lo + 1))];
    // a[lo..gt-1] > pivot, a[gt..i-1] == pivot, a[lt+1..hi] < pivot
    let gt = lo;
    let i = lo;
    let lt = hi;
    while (i <= lt) {
      if (a[i] > pivot) {
        [a[gt], a[i]] = [a[i], a[gt]];
        gt++;
        i++;
      } else if (a[i] < pivot) {
        [a[i], a[lt]] = [a[lt], a[i]];
        lt--;
      } else {
        i++;
      }
    }
    if (target < gt) hi = gt - 1;
    else if (target > lt) lo = lt + 1;
    else return pivot;
  }
}
