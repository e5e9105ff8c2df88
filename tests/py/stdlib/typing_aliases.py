from typing import List, Dict, Optional, Union, Tuple, Callable, Any, Iterable, Set, Sequence, Mapping, TypeVar

print(List[int], Dict[str, int], Optional[int], Union[int, str])
print(Tuple[int, str], Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any])
print(Iterable[str], Sequence[float], Mapping[str, List[int]], Set[int])
print(Union[int, None], Union[int, Union[str, float]], Union[int, int], Optional[Union[int, str]])
print(Any, List, Dict, Optional)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Iterable))
try:
    isinstance([], List[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    List[int, str]
except TypeError as e:
    print(type(e).__name__, e)
print(List[int] == List[int], Dict[str, int] != Dict[str, str])
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, List[T], TypeVar('C', covariant=True))
try:
    List[int]([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
from typing import Deque, DefaultDict
print(Deque[int]([1, 2]), DefaultDict[str, int](int))

def total(xs: List[int], scale: Optional[float] = None) -> float:
    s = 0
    for x in xs:
        s += x
    if scale is not None:
        s *= scale
    return s

print(total([1, 2, 3]), total([1, 2], 0.5))
