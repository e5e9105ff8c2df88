import os
print(type(os.environ).__name__ in ('dict', '_Environ'), os.environ.get('HOME') == os.getenv('HOME'))
print(os.getenv('GILECTOMY_SURELY_UNSET') is None, os.getenv('GILECTOMY_SURELY_UNSET', 42))
keys = list(os.environ.keys())
print(len(keys) > 0, all(map(lambda k: isinstance(k, str), keys)), all(map(lambda v: isinstance(v, str), os.environ.values())))
print(os.path.join(os.sep, 'usr', 'bin'), os.path.splitext('archive.tar.gz'), os.path.basename(os.path.join('a', 'b')))
