#!/usr/bin/env python3
"""Every QML module the console imports at run time, and every module those
import in turn (their qmldir `import` and `depends` lines, optional styles
included), belongs to a Debian package listed in scripts/runtime-packages.txt
(which becomes the package's Depends) — so a stock install cannot lack one.

usage: qml_modules.py SOURCE_DIR QML_DIR
"""
import pathlib, re, subprocess, sys

src, qmldir_root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
listed = {l.strip() for l in (src / "scripts/runtime-packages.txt").read_text().splitlines()
          if l.strip() and not l.startswith("#")}

imports = set()
for f in (src / "qml").glob("*.qml"):
    for m in re.finditer(r"^import\s+([A-Za-z][\w.]*)", f.read_text(), re.M):
        if m.group(1) != "Huixuan":
            imports.add(m.group(1))

seen, todo, problems = set(), [(m, False) for m in sorted(imports)], []
while todo:
    module, optional = todo.pop()
    if module in seen:
        continue
    qmldir = qmldir_root / module.replace(".", "/") / "qmldir"
    if optional and not qmldir.exists():
        continue  # another platform's style (Windows, macOS, iOS)
    seen.add(module)
    if not qmldir.exists():
        # QtQml's own built-ins (QtQml, QtQml.Models…) may live in libQt6Qml itself.
        if module.startswith("QtQml") and module != "QtQml.WorkerScript":
            continue
        problems.append(f"{module}: not installed ({qmldir})")
        continue
    owner = subprocess.run(["dpkg", "-S", str(qmldir)], capture_output=True, text=True).stdout.split(":")[0]
    if owner not in listed:
        problems.append(f"{module}: from {owner or 'no package'}, not in scripts/runtime-packages.txt")
    for line in qmldir.read_text().splitlines():
        m = re.match(r"^((?:optional\s+|default\s+)*)(?:import|depends)\s+([A-Za-z][\w.]*)", line)
        if m:
            todo.append((m.group(2), "optional" in m.group(1)))

print(f"{len(seen)} QML modules reached from {len(imports)} imports")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
