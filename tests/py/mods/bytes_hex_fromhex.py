for b in [b"", b"\x00", b"\xde\xad\xbe\xef", bytes(range(20))]:
    h = b.hex()
    print(h, bytes.fromhex(h) == b, b.hex(":"), b.hex("-", 3), bytearray(b).hex())
print(bytes.fromhex(" 01  02 0a "), bytes.fromhex(""), bytearray.fromhex("ff 00"), type(bytearray.fromhex("aa")).__name__)
for s in ["0", "zz", "0 0", "1x"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(type(e).__name__, e)
