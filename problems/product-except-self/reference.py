# Left pass writes the product of everything before i; the right pass multiplies in
# the product of everything after i. No division, O(1) extra space.
def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        answer[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= right
        right *= nums[i]
    return answer
