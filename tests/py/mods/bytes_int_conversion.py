print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(), (0).to_bytes(0, 'big'), (-1).to_bytes(2, 'big', signed=True))
print((-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True), (2**64).to_bytes(9, 'big'), (65).to_bytes(length=3, byteorder='little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b''), int.from_bytes(bytearray(b'\x01\x02'), 'big'))
for n in [0, 1, 255, 256, 2**40 + 5, 10**30]:
    b = n.to_bytes(16, 'big')
    print(n, b.hex(), int.from_bytes(b, 'big') == n, int.from_bytes(n.to_bytes(16, 'little'), 'little') == n)
for f in [lambda: (300).to_bytes(1, 'big'),
          lambda: (-1).to_bytes(1, 'big'),
          lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (-129).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'x'),
          lambda: (1).to_bytes(-1, 'big'),
          lambda: (1).to_bytes(0)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
