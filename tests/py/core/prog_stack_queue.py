# Lists as stacks and queues: balanced brackets, RPN evaluation, BFS on a grid.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "a(b)c]"]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "//"):
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.append(a + b)
            elif tok == "-":
                st.append(a - b)
            elif tok == "*":
                st.append(a * b)
            else:
                st.append(a // b)
        else:
            st.append(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("-7 2 //"))
grid = ["..#.", "...#", "#...", "...."]
dist = {(0, 0): 0}
queue = [(0, 0)]
while queue:
    r, c = queue.pop(0)
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print(dist[(3, 3)], len(dist), dist.get((0, 2), "wall"))
