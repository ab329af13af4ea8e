# Kahn's algorithm: repeatedly take a course whose prerequisites are all taken. If some
# courses never become free, they wait on each other in a cycle and the answer is [].


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    unlocks = [[] for _ in range(num_courses)]
    waiting_on = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].append(course)
        waiting_on[course] += 1
    order = [c for c in range(num_courses) if waiting_on[c] == 0]
    head = 0
    while head < len(order):
        for nxt in unlocks[order[head]]:
            waiting_on[nxt] -= 1
            if waiting_on[nxt] == 0:
                order.append(nxt)
        head += 1
    return order if len(order) == num_courses else []
