// Binary search the cut in the shorter array. Cutting nums1 after i values and nums2
// after j = half - i puts half of all values (rounded up) on the left; the cut is right
// when both left ends are <= both right ends.
export function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
  const m = nums1.length;
  const n = nums2.length;
  if (m + n === 0) throw new RangeError("both arrays are empty: there is no median");
  const half = (m + n + 1) >> 1;
  let lo = 0;
  let hi = m;
  for (;;) {
    const i = (lo + hi) >> 1;
    const j = half - i;
    const left1 = i > 0 ? nums1[i - 1] : -Infinity;
    const right1 = i < m ? nums1[i] : Infinity;
    const left2 = j > 0 ? nums2[j - 1] : -Infinity;
    const right2 = j < n ? nums2[j] : Infinity;
    if (left1 > right2) hi = i - 1;
    else if (left2 > right1) lo = i + 1;
    else {
      const leftMax = Math.max(left1, left2);
      if ((m + n) % 2 === 1) return leftMax;
      return (leftMax + Math.min(right1, right2)) / 2;
    }
  }
}
