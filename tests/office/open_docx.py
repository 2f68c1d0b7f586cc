"""Every example's Word document, in English and Chinese, opened by python-docx (a
reader nobody here wrote): it must open, have its name as the Heading 1, the
report's sections as Heading 2, real tables, and the org chart's shapes.

    python tests/office/open_docx.py BINARY
"""
import io
import os
import pathlib
import subprocess
import sys

import docx  # python-docx

binary = sys.argv[1] if len(sys.argv) > 1 else "target/debug/kam-advise"
env = dict(os.environ, SOURCE_DATE_EPOCH="1795867200", NO_COLOR="1")
failures = 0
checked = 0
for profile in sorted(pathlib.Path("examples").glob("*.toml")):
    for lang in ("en", "zh"):
        what = f"{profile.stem} {lang}"
        out = subprocess.run(
            [binary, str(profile), "--format", "docx", "--lang", lang, "--why"],
            capture_output=True,
            env=env,
        )
        if out.returncode != 0:
            print(f"FAIL {what}: exit {out.returncode}: {out.stderr.decode()}")
            failures += 1
            continue
        problems = []
        try:
            document = docx.Document(io.BytesIO(out.stdout))
        except Exception as error:  # noqa: BLE001 - any failure to open is the finding
            print(f"FAIL {what}: python-docx cannot open it: {error}")
            failures += 1
            continue
        styles = [(p.style.name, p.text) for p in document.paragraphs]
        h1 = [t for s, t in styles if s == "Heading 1"]
        h2 = [t for s, t in styles if s == "Heading 2"]
        if len(h1) != 1 or not h1[0]:
            problems.append(f"Heading 1 {h1!r}")
        if len(h2) < 3:
            problems.append(f"only {len(h2)} Heading 2")
        if len(document.tables) < 3:
            problems.append(f"only {len(document.tables)} tables")
        body = document.element.body.xml
        has_chart = "<wpg:wgp" in body
        if has_chart and "<wps:txbx" not in body:
            problems.append("a chart without labelled shapes")
        footer = document.sections[0].footer
        if "PAGE" not in footer._element.xml:
            problems.append("no PAGE field in the footer")
        section = document.sections[0]
        if (round(section.page_width.mm), round(section.page_height.mm)) != (210, 297):
            problems.append(f"page {section.page_width.mm:.0f}x{section.page_height.mm:.0f} mm")
        checked += 1
        if problems:
            print(f"FAIL {what}: {'; '.join(problems)}")
            failures += 1
        else:
            print(f"ok   {what}: {len(h2)} sections, {len(document.tables)} tables, chart: {'shapes' if has_chart else 'none'}")

print(f"python-docx: {checked} documents opened, {failures} failed")
sys.exit(1 if failures or checked == 0 else 0)
