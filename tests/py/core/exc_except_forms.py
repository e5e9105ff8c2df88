# except clauses: tuples, ordering, base classes, bare except, unbinding of the name.
def trigger(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_thing
    raise RuntimeError("custom")
for k in range(6):
    try:
        trigger(k)
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, e, isinstance(e, LookupError))
    except ArithmeticError as e:
        print(k, "arith", type(e).__name__, e)
    except (ValueError, NameError) as e:
        print(k, "value/name", type(e).__name__, e)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
try:
    raise ValueError
except:
    print("bare except")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print(type(ex).__name__, ex)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError),
      issubclass(RecursionError, RuntimeError), issubclass(Exception, BaseException),
      isinstance(ValueError("v"), Exception), issubclass(bool, int))
err = ValueError("a", 2)
print(err.args, str(err), repr(err), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
print(repr(ZeroDivisionError("division by zero")), str(Exception()), repr(Exception("x")))
