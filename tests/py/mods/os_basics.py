import os
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getcwd() == os.path.abspath('.'), isinstance(os.environ, dict) or True)
os.putenv('GILECTOMY_TEST_VAR', 'x')
print(os.getenv('SURELY_NOT_SET_12345'), os.getenv('SURELY_NOT_SET_12345', 'dflt'), type(os.environ.get('PATH')).__name__)
print('PATH' in os.environ, len(os.urandom(8)), type(os.urandom(2)).__name__, os.cpu_count() >= 1, os.strerror(2))
d = '/tmp/gy_os_basics_dir_' + str(os.getpid())
os.mkdir(d)
os.makedirs(d + '/a/b')
os.makedirs(d + '/a/b', exist_ok=True)
print(sorted(os.listdir(d)), os.listdir(d + '/a'), os.path.isdir(d + '/a/b'))
os.rename(d + '/a/b', d + '/a/c')
print(os.listdir(d + '/a'))
os.rmdir(d + '/a/c')
os.rmdir(d + '/a')
os.rmdir(d)
print(os.path.exists(d))
for f in [lambda: os.listdir('/no/such/dir'), lambda: os.mkdir('/'), lambda: os.rmdir('/no/such'), lambda: os.remove('/no/such/file')]:
    try:
        print(f())
    except OSError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print(type(e).__name__, e)
