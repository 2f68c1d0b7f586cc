#!/usr/bin/env python3
"""Runs `kam-advise rules --format jdm` in GoRules' ZEN engine and checks that it
decides every generated profile as kam-advise itself does.

For each set of rules (the chapter's figures, and two changed `--rules` files) this
script writes profiles on every boundary of the form rules into a temporary
directory: revenue on both sides of the threshold, key accounts at 0, on both sides
of the threshold and of the small firm's limit, both flags of (一)3 and (一)4, every
kind with every scale a profile may have (none for a public-sector body or a
multinational). It asks kam-advise for its advice (`--format json`), asks ZEN for the
exported table's answer on the same facts, and compares `form` and `form_rule`.

Usage: check_jdm.py [KAM_ADVISE_BINARY]   (default: target/debug/kam-advise)
Needs the `zen-engine` package (pip install zen-engine). Prints "N passed, M failed";
exits 1 on any disagreement, 2 when it cannot run.
"""

import itertools
import json
import os
import subprocess
import sys
import tempfile

try:
    import zen
except ImportError:
    print("check_jdm: the zen-engine package is not installed (pip install zen-engine)", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The rules files, as a consultant would write them. `None` is the chapter's figures.
# Each entry: (name, rules file text or None, revenue threshold, key accounts
# threshold, small firm's limit, language of the table).
RULE_SETS = [
    ("chapter", None, 50_000_000, 6, 5, "en"),
    (
        "lower",
        'revenue_threshold_cny = "3000万"\nkey_accounts_threshold = 4\n'
        "team_max_key_accounts = 15\naccounts_per_manager = 7\n",
        30_000_000,
        4,
        15,
        "en",
    ),
    (
        "crossed",
        "revenue_threshold_cny = 120_000_000\nkey_accounts_threshold = 12\n"
        "team_max_key_accounts = 8\n",
        120_000_000,
        12,
        8,
        "zh",
    ),
]

# Every kind with every scale; only a public-sector body or a multinational may have none.
SCALES = ("micro", "small", "medium", "large")
KINDS_AND_SCALES = [
    (kind, scale)
    for kind in ("enterprise", "group", "multinational", "public-sector")
    for scale in (None, *SCALES)
    if scale is not None or kind in ("multinational", "public-sector")
]

FLAGS = [(False, False), (True, False), (False, True), (True, True)]


def cases(revenue_threshold, key_threshold, team_max):
    """Every combination of the boundary values, as dicts of the table's inputs."""
    revenues = sorted({0, revenue_threshold - 1, revenue_threshold, revenue_threshold * 3} - {-1})
    accounts = sorted({0, 1, key_threshold - 1, key_threshold, team_max, team_max + 1, 40})
    for revenue, keys, (plan, development), (kind, scale) in itertools.product(
        revenues, accounts, FLAGS, KINDS_AND_SCALES
    ):
        yield {
            "revenue_cny": revenue,
            "key_accounts": keys,
            "strategic_plan": plan,
            "account_development": development,
            "kind": kind,
            "scale": scale,
        }


def profile_toml(name, case):
    lines = [
        f'name = "{name}"',
        f"annual_revenue = {case['revenue_cny']}",
        f"key_accounts = {case['key_accounts']}",
        f'kind = "{case["kind"]}"',
    ]
    if case["scale"] is not None:
        lines.append(f'scale = "{case["scale"]}"')
    lines += [
        "",
        "[strategy]",
        f"strategic_plan = {str(case['strategic_plan']).lower()}",
        f"account_development = {str(case['account_development']).lower()}",
    ]
    return "\n".join(lines) + "\n"


def run(binary, args):
    done = subprocess.run(
        [binary, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C", "LC_ALL": "", "NO_COLOR": "1"},
    )
    if done.returncode != 0:
        print(f"check_jdm: `kam-advise {' '.join(args)}` exited {done.returncode}:\n{done.stderr}", file=sys.stderr)
        sys.exit(2)
    return done.stdout


def check_rule_set(binary, engine, workdir, rule_set):
    name, rules_text, revenue_threshold, key_threshold, team_max, lang = rule_set
    rules_args = []
    if rules_text is not None:
        rules_path = os.path.join(workdir, f"{name}-rules.toml")
        with open(rules_path, "w", encoding="utf-8") as f:
            f.write(rules_text)
        rules_args = ["--rules", rules_path]

    jdm = run(binary, ["rules", "--format", "jdm", "--lang", lang, *rules_args])
    table = next(n for n in json.loads(jdm)["nodes"] if n["type"] == "decisionTableNode")
    assert table["content"]["hitPolicy"] == "first", table["content"]["hitPolicy"]
    assert len(table["content"]["rules"]) == 9, len(table["content"]["rules"])
    decision = engine.create_decision(jdm)

    profiles = os.path.join(workdir, name)
    os.mkdir(profiles)
    by_source = {}
    for i, case in enumerate(cases(revenue_threshold, key_threshold, team_max)):
        path = os.path.join(profiles, f"case-{i:05}.toml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(profile_toml(f"{name}-{i:05}", case))
        by_source[path] = case

    advice = run(binary, ["--format", "json", *rules_args, *sorted(by_source)])
    passed, failures, seen_rules = 0, [], set()
    lines = advice.splitlines()
    if len(lines) != len(by_source):
        print(f"check_jdm: {name}: {len(by_source)} profiles, {len(lines)} lines of advice", file=sys.stderr)
        sys.exit(2)
    for line in lines:
        record = json.loads(line)
        case = by_source[record["source"]]
        # The profile was read as written: the table gets the same facts as the tool.
        for key in ("revenue_cny", "key_accounts", "kind", "scale"):
            if record[key] != case[key]:
                print(f"check_jdm: {record['source']}: `{key}` read as {record[key]!r}, written {case[key]!r}", file=sys.stderr)
                sys.exit(2)
        expected = {"form": record["form"], "form_rule": record["form_rule"]}
        result = decision.evaluate(case)["result"]
        got = {"form": result.get("form"), "form_rule": result.get("form_rule")}
        seen_rules.add(expected["form_rule"])
        if got == expected:
            passed += 1
        else:
            failures.append((record["source"], case, expected, got))
    return passed, failures, seen_rules


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "debug", "kam-advise")
    if not os.access(binary, os.X_OK):
        print(f"check_jdm: no kam-advise binary at {binary} (cargo build first)", file=sys.stderr)
        return 2
    engine = zen.ZenEngine()
    total_passed, total_failures = 0, []
    with tempfile.TemporaryDirectory(prefix="kam-jdm-") as workdir:
        for rule_set in RULE_SETS:
            passed, failures, seen = check_rule_set(binary, engine, workdir, rule_set)
            print(f"  {rule_set[0]:8} rules ({rule_set[5]}): {passed} passed, {len(failures)} failed; "
                  f"form rules reached: {len(seen)} of 9")
            if len(seen) != 9:
                print(f"check_jdm: the {rule_set[0]} cases do not reach every form rule: {sorted(seen)}", file=sys.stderr)
                return 2
            total_passed += passed
            total_failures += failures
    for source, case, expected, got in total_failures[:20]:
        print(f"DISAGREE {os.path.basename(source)} {json.dumps(case)}\n"
              f"  kam-advise: {expected}\n  zen-engine: {got}")
    print(f"{total_passed} passed, {len(total_failures)} failed")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
