/** A list node with a random pointer, as drill builds it from [[val, randomIndex], ...]. */
export interface RandomNode {
  val: number;
  next: RandomNode | null;
  random: RandomNode | null;
}
