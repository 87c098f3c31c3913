"""The `cekangka` command: a shell that parses arguments, calls one library function and writes
one format. stdout is data; diagnostics and progress go to stderr.

Exit codes, decided in one place (`main`): 0 fine, 1 findings at or above the fail level,
2 usage or input error.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cekangka",
        description="Cek angka: extract the numeric claims of Indonesian news and check them.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = sub.add_parser("extract", help="extract numeric mentions from text files or stdin")
    e.add_argument("paths", nargs="*", metavar="PATH",
                   help="files (txt, html, jsonl, csv, warc; .gz/.zst), folders, URLs; '-' or none: stdin")
    e.add_argument("--input-format", choices=("text", "html", "jsonl", "csv", "tsv", "warc"), default=None,
                   help="read every input in this format (default: by file extension)")
    e.add_argument("--fields", default=None, metavar="MAP",
                   help="record field names for JSONL/CSV, e.g. 'text=isi,id=uuid'")
    e.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    e.add_argument("--all", action="store_true",
                   help="also dates, years, times, ordinals, identifiers and scores")

    k = sub.add_parser("check", help="check whether an article's numbers agree with each other")
    k.add_argument("paths", nargs="*", metavar="PATH",
                   help="files (txt, html, jsonl, csv, warc; .gz/.zst), folders, URLs; '-' or none: stdin")
    k.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    k.add_argument("--fail-on", choices=("inconsistent", "suspicious"), default="inconsistent",
                   help="exit 1 when a finding is at or above this level (default: inconsistent)")
    k.add_argument("--lang", choices=("id", "en"), default="id", help="language of the explanations")
    k.add_argument("--input-format", choices=("text", "html", "jsonl", "csv", "tsv", "warc"), default=None)
    k.add_argument("--fields", default=None, metavar="MAP")

    t = sub.add_parser("batch", help="extract and check an archive in parallel into DuckDB; rerun to resume")
    t.add_argument("paths", nargs="+", metavar="PATH",
                   help="files (txt, html, jsonl, csv, warc; .gz/.zst) or folders")
    t.add_argument("--out", required=True, metavar="DIR", help="output folder (shards, Parquet, DuckDB)")
    t.add_argument("--workers", type=int, default=2)
    t.add_argument("--engine", choices=("local", "dask"), default="local")
    t.add_argument("--scheduler", default=None, metavar="ADDR", help="dask scheduler, e.g. tcp://host:8786")
    t.add_argument("--input-format", choices=("text", "html", "jsonl", "csv", "tsv", "warc"), default=None)
    t.add_argument("--fields", default=None, metavar="MAP")
    t.add_argument("--no-check", action="store_true", help="extract only; skip the consistency checks")
    t.add_argument("--shard-size", type=int, default=200)
    t.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("schema", help="print the JSON Schema of the output models")
    s.add_argument("--model", choices=("claim", "quantity", "document", "report", "all"), default="all")

    b = sub.add_parser("bench", help="extraction throughput against spaCy's tokenizer")
    b.add_argument("path", metavar="PATH", help="JSONL file of articles with a 'text' field")
    b.add_argument("--limit", type=int, default=None, help="only the first N articles")
    b.add_argument("--format", choices=("text", "json"), default="text")
    b.add_argument("--e2e", action="store_true",
                   help="end to end: cekangka batch (extract + check) with 1 and 2 workers, and on 4x the archive")
    b.add_argument("--copies", type=int, default=4, help="with --e2e: how many copies for the memory run")
    b.add_argument("--rounds", type=int, default=None,
                   help="with --e2e: rounds of (1-worker batch, spaCy) whose median ratio decides (default 3)")

    v = sub.add_parser("eval", help="score extraction against the gold corpus")
    v.add_argument("--gold", default=None, metavar="DIR", help="gold folder (default: corpus/gold)")
    v.add_argument("--format", choices=("text", "json"), default="text")
    v.add_argument("--relations", action="store_true",
                   help="score the checker on the relations the gold articles state")
    v.add_argument("--planted", action="store_true",
                   help="plant newsroom errors into the gold relations and report how many are flagged")

    c = sub.add_parser("conformance", help="score the extractor on a peer's corpus (Duckling)")
    c.add_argument("path", metavar="PATH", help="the peer corpus, e.g. ../shared/peers/duckling_id.jsonl")
    c.add_argument("--format", choices=("text", "json"), default="text")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:  # `cekangka extract ... | head`
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _extract(args: argparse.Namespace) -> int:
    from checks import report
    from extract.pipeline import extract_paths

    status = EXIT_OK
    out = sys.stdout
    results = []
    items = extract_paths(args.paths, include_all=args.all, fields=args.fields, fmt=args.input_format)
    try:  # a bad --fields or --input-format raises on the first step, before any output
        first = next(items, None)
    except ValueError as e:
        print(f"cekangka: {e}", file=sys.stderr)
        return EXIT_INPUT
    for item in itertools.chain([first] if first is not None else [], items):
        if item.error is not None:
            print(f"cekangka: {item.error.origin}: {item.error.error}: {item.error.detail}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        if args.format == "json":
            results.append(item.claims)
        else:
            report.write_claims(item.claims, args.format, out)
    if args.format == "json":
        report.write_claims_json(results, out)
    return status


def _check(args: argparse.Namespace) -> int:
    from checks import report
    from checks.model import VERDICT_RANK
    from checks.registry import check_text
    from extract.sources import headline_text, read_sources

    fail_rank = VERDICT_RANK[args.fail_on]
    status = EXIT_OK
    docs = read_sources(args.paths, fields=args.fields, fmt=args.input_format)
    try:
        first = next(docs, None)
    except ValueError as e:
        print(f"cekangka: {e}", file=sys.stderr)
        return EXIT_INPUT
    for d in itertools.chain([first] if first is not None else [], docs):
        if not hasattr(d, "text"):
            print(f"cekangka: {d.origin}: {d.error}: {d.detail}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        text = headline_text(d)[0]  # a record's title is its headline, checked with the body
        rep = check_text(text, d.id)
        report.write_report(rep, args.format, sys.stdout, text=text, lang=args.lang)
        worst = rep.worst()
        if status == EXIT_OK and worst is not None and VERDICT_RANK[worst] >= fail_rank:
            status = EXIT_FINDINGS
    return status


def _batch(args: argparse.Namespace) -> int:
    from checks.batch import BatchError, consistency_check, run_batch

    try:
        s = run_batch(args.paths, args.out, workers=args.workers, engine=args.engine,
                      scheduler=args.scheduler, fields=args.fields, fmt=args.input_format,
                      progress=sys.stderr, check=None if args.no_check else consistency_check,
                      shard_size=args.shard_size)
    except (BatchError, ValueError) as e:
        print(f"cekangka: batch: {e}", file=sys.stderr)
        return EXIT_INPUT
    if args.format == "json":
        json.dump(s.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(f"{s.documents} documents, {s.claims} claims, {s.errors} errors, "
                         f"{s.archive_findings} archive findings in {s.seconds:.1f} s -> {s.database}\n")
    return EXIT_INPUT if s.errors else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from extract.model import Claim, ClaimSet, Quantity

    from checks.model import Report

    models = {"claim": Claim, "quantity": Quantity, "document": ClaimSet, "report": Report}
    if args.model == "all":
        schema = {name: m.model_json_schema(mode="serialization") for name, m in models.items()}
    else:
        schema = models[args.model].model_json_schema(mode="serialization")
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return EXIT_OK


def _bench(args: argparse.Namespace) -> int:
    from checks.bench import E2E_ROUNDS, format_bench, format_e2e_bench, run_bench, run_e2e_bench

    try:
        if args.e2e:
            rounds = E2E_ROUNDS if args.rounds is None else args.rounds
            sys.stdout.write(format_e2e_bench(run_e2e_bench(args.path, args.copies, sys.stderr, rounds),
                                              args.format))
            return EXIT_OK
        result = run_bench(args.path, limit=args.limit, progress=sys.stderr)
    except OSError as e:
        print(f"cekangka: {args.path}: {e.strerror or e}", file=sys.stderr)
        return EXIT_INPUT
    except ValueError as e:  # --rounds 0
        print(f"cekangka: {e}", file=sys.stderr)
        return EXIT_INPUT
    sys.stdout.write(format_bench(result, args.format))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from checks.planted import format_planted, run_planted
    from checks.scoring import DEFAULT_GOLD, DEFAULT_HELDOUT, format_eval, run_eval

    try:
        if args.planted:
            heldout = run_planted(DEFAULT_HELDOUT) if args.gold is None and DEFAULT_HELDOUT.is_dir() else None
            sys.stdout.write(format_planted(run_planted(args.gold or DEFAULT_GOLD), args.format, heldout))
            return EXIT_OK
        if args.relations:
            from checks.scoring import format_relations, score_relations

            result = score_relations(args.gold or DEFAULT_GOLD)
            sys.stdout.write(json.dumps(result, indent=2) + "\n" if args.format == "json"
                             else format_relations(result))
            return EXIT_OK
        result = run_eval(args.gold or DEFAULT_GOLD)
    except (OSError, ValueError) as e:
        print(f"cekangka: eval: {e}", file=sys.stderr)
        return EXIT_INPUT
    sys.stdout.write(format_eval(result, args.format))
    return EXIT_OK


def _conformance(args: argparse.Namespace) -> int:
    from checks.evaluate import format_conformance, run_conformance

    try:
        result = run_conformance(args.path)
    except OSError as e:
        print(f"cekangka: {args.path}: {e.strerror or e}", file=sys.stderr)
        return EXIT_INPUT
    sys.stdout.write(format_conformance(result, args.format))
    return EXIT_OK


_COMMANDS = {
    "extract": _extract,
    "check": _check,
    "schema": _schema,
    "bench": _bench,
    "eval": _eval,
    "batch": _batch,
    "conformance": _conformance,
}


if __name__ == "__main__":
    sys.exit(main())
