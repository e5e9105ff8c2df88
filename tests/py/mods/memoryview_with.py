with memoryview(bytearray(b'xyz')) as w:
    print(w.tobytes(), w[1])
try:
    w.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
