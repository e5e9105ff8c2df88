# f-string literal handling: escapes, braces, concatenation, raw
n = 7
print(f"tab\there {n}", f"newline\\n {n}", rf"raw\n{n}", fr"{n}\t")
print(f"{{}}", f"{{n}}", f"{{{n}}}", f"}}{n}{{")
print("plain " f"{n} " "more " f"{n + 1}")
print(f'single {n}', f"""triple {n}""", f'''{n}''')
print(f"{n:{n}}|", f"{'unicode ☃'}", f"{'{'}")
