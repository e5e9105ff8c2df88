# Binary search, insertion sort, merge of sorted lists, gcd/lcm.
def bsearch(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
xs = [1, 3, 3, 5, 8, 13, 21]
for t in [0, 1, 3, 4, 21, 22]:
    print(t, bsearch(xs, t))
def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
print(insertion_sort([5, 2, 9, 1, 5, 6, -3]), insertion_sort([]), insertion_sort(["b", "a"]))
def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]
print(merge([1, 4, 9], [2, 3, 10, 11]))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50), 12 * 18 // gcd(12, 18))
