import struct
for f in ['bh', 'bi', 'bq', 'hd', 'ci', '?q', 'bhbi', '3bi', 'ib', 'xh', '5sd', 'e', 'be', 'bf']:
    print(f, struct.calcsize(f), struct.calcsize('=' + f))
print(struct.pack('bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('>bi', 1, 2))
print(struct.unpack('bxxxi', struct.pack('bi', 7, 9)))
