"""``offercheck rules list|show|test``: what the rule packs check, with their dated values and sources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from analyzer.commands.options import as_of_date

if TYPE_CHECKING:
    from analyzer.rules.loader import RulePack

app = typer.Typer(
    no_args_is_help=True,
    help="Show the rule packs (patterns/rules/*.yaml) and run every rule's own examples.",
)


def validated_packs(rules_override: Path | None) -> list[RulePack]:
    from analyzer.rules.loader import apply_overrides_all, load_all_packs

    packs = load_all_packs()
    if rules_override is not None:
        if not rules_override.is_file():
            raise typer.BadParameter(f"rules file '{rules_override}' does not exist", param_hint="--rules")
        import yaml

        try:
            packs = apply_overrides_all(packs, rules_override)
        except (ValueError, yaml.YAMLError) as exc:
            raise typer.BadParameter(str(exc), param_hint="--rules") from exc
    return packs


def _value_line(name: str, entry: object | None, unit: str) -> str:
    from analyzer.rules.loader import DatedValue

    if not isinstance(entry, DatedValue):
        return f"      {name}: none in force"
    flag = "" if entry.confirmed else ", unconfirmed"
    return (
        f"      {name} = {entry.value:g} {unit} (from {entry.from_.isoformat()}; {entry.authority}{flag}) "
        f"source: {entry.source}"
    )


def _stale_mark(pack: RulePack, name: str, when: dt.date) -> str:
    if not pack.is_stale(name, when):
        return ""
    return f"  [MAY BE OUT OF DATE: trusted until {pack.trusted_until_for(name).isoformat()}]"


@app.command("list")
def list_rules(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Show the values in force on this date (YYYY-MM-DD).")
    ] = None,
    pack: Annotated[str | None, typer.Option("--pack", help="Only this pack (id).")] = None,
    rules: Annotated[
        Path | None, typer.Option("--rules", help="YAML file with dated values that override the packs.")
    ] = None,
) -> None:
    """Every rule: id, scope, what it checks, source, and the values in force on --as-of."""
    when = as_of_date(as_of)
    packs = [p for p in validated_packs(rules) if pack is None or p.id == pack]
    if not packs:
        raise typer.BadParameter(f"no pack '{pack}'", param_hint="--pack")
    for p in packs:
        typer.echo(f"{p.id} (permit: {p.permit}, version {p.version}) — {p.title}")
        typer.echo(
            f"  values as of {when.isoformat()}; last checked {p.checked.isoformat()}, trusted until "
            f"{p.trusted_until.isoformat()}"
            + (f"; overrides: {', '.join(p.overrides)}" if p.overrides else "")
        )
        if warning := p.age_warning(when):
            typer.echo(f"  WARNING: {warning}")
        for rule in p.rules:
            typer.echo(f"  {rule.id}  [{rule.scope}, {rule.severity}]  field {rule.field}")
            typer.echo(f"    checks: {rule.description or rule.reference.title}")
            typer.echo(f"    source: {rule.reference.title} — {rule.reference.url}")
            for name in rule.values:
                typer.echo(
                    _value_line(name, p.value(name, when), p.values[name].unit) + _stale_mark(p, name, when)
                )
        for name, sector in p.sectors.items():
            typer.echo(f"  sector {name}: {sector.title.en}")
            for category, value_name in sector.categories.items():
                line = _value_line(value_name, p.value(value_name, when), p.values[value_name].unit)
                line += _stale_mark(p, value_name, when)
                typer.echo(line.replace(f"      {value_name}", f"      {category} ({value_name})", 1))
        typer.echo("")


@app.command("show")
def show(
    rule_id: Annotated[str, typer.Argument(help="Rule id, e.g. udi.salary_floor or aml.probation.")],
    rules: Annotated[
        Path | None, typer.Option("--rules", help="YAML file with dated values that override the packs.")
    ] = None,
) -> None:
    """One rule in full: texts, fix wording, every dated value with its source, and its examples."""
    for p in validated_packs(rules):
        for rule in p.rules:
            if rule.id != rule_id:
                continue
            typer.echo(f"{rule.id}  (pack {p.id} {p.version}, permit {p.permit})")
            typer.echo(
                f"  field: {rule.field}   check: {rule.check}   scope: {rule.scope}   severity: {rule.severity}"
            )
            if rule.description:
                typer.echo(f"  checks: {rule.description}")
            typer.echo(f"  source: {rule.reference.title} — {rule.reference.url}")
            for status in ("pass", "fail", "missing", "review", "info"):
                text = getattr(rule.text, "pass_" if status == "pass" else status)
                if text is not None:
                    typer.echo(f"  {status}: {text.en}\n  {' ' * len(status)}  nb: {text.nb}")
            for key, variant in rule.text.variants.items():
                typer.echo(f"  text '{key}': {variant.en}\n  {' ' * (len(key) + 7)}nb: {variant.nb}")
            if rule.fix:
                typer.echo(f"  fix: {rule.fix.en}\n       nb: {rule.fix.nb}")
            for key, fix in rule.fixes.items():
                typer.echo(f"  fix '{key}': {fix.en}\n  {' ' * (len(key) + 6)}nb: {fix.nb}")
            for name in rule.values:
                param = p.values[name]
                typer.echo(f"  value {name} ({param.unit}): {param.description}")
                for entry in param.history:
                    note = f" — {entry.note}" if entry.note else ""
                    typer.echo(
                        f"    from {entry.from_.isoformat()}: {entry.value:g} ({entry.authority}, "
                        f"{'confirmed' if entry.confirmed else 'unconfirmed'}) {entry.source}{note}"
                    )
            typer.echo(f"  examples ({len(rule.examples)}):")
            for ex in rule.examples:
                extra = f" as of {ex.as_of}" if ex.as_of else ""
                note = f"  # {ex.note}" if ex.note else ""
                typer.echo(f"    fields={ex.fields} clauses={ex.clauses}{extra} → {ex.expect}{note}")
            return
    raise typer.BadParameter(f"no rule '{rule_id}' (see `offercheck rules list`)", param_hint="RULE_ID")


@app.command("test")
def test(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show passing examples too.")] = False,
) -> None:
    """Validate every YAML file in patterns/ and run every rule's examples. Exit 1 on any failure, and when
    there is nothing to test (no packs, no examples): a data folder that went missing must not pass as 0/0."""
    from analyzer import resources
    from analyzer.rules.examples import coverage_problems, run_examples
    from analyzer.rules.loader import load_all_packs
    from analyzer.rules.validate import validate_pattern_files

    problems = validate_pattern_files()
    for problem in problems:
        typer.echo(f"INVALID {problem}")
    for path in resources.required_files():
        if not path.is_file():
            problems.append(f"{path} is missing")
            typer.echo(f"MISSING {path}")
    packs = load_all_packs() if not problems else []
    if not problems and not packs:
        typer.echo(f"No rule packs found in {resources.rules_dir()}: nothing to test.", err=True)
        raise typer.Exit(1)
    for problem in coverage_problems(packs):
        problems.append(problem)
        typer.echo(f"INCOMPLETE {problem}")
    from analyzer.resources.lexicon import example_problems

    word_examples, word_problems = example_problems() if not problems else (0, [])
    for problem in word_problems:
        problems.append(problem)
        typer.echo(f"FAIL lexicon {problem}")
    results = run_examples(packs)
    failed = [r for r in results if not r.ok]
    for r in results:
        if not r.ok or verbose:
            mark = "ok  " if r.ok else "FAIL"
            note = f" ({r.note})" if r.note else ""
            typer.echo(
                f"{mark} {r.pack}/{r.rule} example {r.index + 1}{note}: expected {r.expect}, got {r.got} — {r.message}"
            )
    typer.echo(
        f"{len(results) - len(failed)}/{len(results)} examples passed in {len(packs)} packs"
        + f"; lexicon: {word_examples - len(word_problems)}/{word_examples} word examples passed"
        + (f"; {len(problems)} problem(s) in the pattern files" if problems else "")
    )
    if packs and not results:
        typer.echo(
            f"The rule packs in {resources.rules_dir()} have no examples: nothing was tested.", err=True
        )
    raise typer.Exit(1 if failed or problems or not results else 0)
