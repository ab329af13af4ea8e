/** A linked-list node, as drill builds it from an array like [1,2,3]; return the head of a list the same way (or null). */
export interface ListNode {
  val: number;
  next: ListNode | null;
}
