# Kahn's algorithm: keep taking courses whose prerequisites are all taken. Every course
# gets taken exactly when the prerequisites contain no cycle.


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].append(course)
        missing[course] += 1
    ready = [c for c in range(num_courses) if missing[c] == 0]
    taken = 0
    while ready:
        done = ready.pop()
        taken += 1
        for nxt in unlocks[done]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return taken == num_courses
