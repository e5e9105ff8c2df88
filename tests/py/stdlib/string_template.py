from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$10').substitute(noun='simpl'))
print(t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
print(t.safe_substitute(who='x'))
print(Template('$$ $ ${bad').safe_substitute())
for bad in ['$', 'x $1', 'line1\n  ${}', '${a b}']:
    try:
        Template(bad).substitute(a=1)
    except ValueError as e:
        print(type(e).__name__, e)
print(Template('$a$b_c ${a}x').substitute(a=1, b_c=2))
print(Template('$a $b $a').get_identifiers(), Template('$a').is_valid(), Template('$1').is_valid())

class Percent(Template):
    delimiter = '%'

print(Percent('%who costs %%5').substitute(who='it'))
print(Template('$x').substitute(x=[1, 2]), Template('$x').substitute(x=3.5))
