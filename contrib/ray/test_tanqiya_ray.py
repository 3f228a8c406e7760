#!/usr/bin/env python3
"""make test-ray: the Ray driver (and the README's xargs and Slurm blocks) against one process.

Run through contrib/ray/test.sh, which provides .venv-ray with ray. See README.md, "The test".
Uses $TANQIYA_BIN (default .build/debug/tanqiya). Prints PASS/FAIL per check; exits 1 on a FAIL.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import tanqiya_ray  # noqa: E402

BIN = os.path.abspath(os.environ.get("TANQIYA_BIN") or os.path.join(REPO, ".build/debug/tanqiya"))
failures = []


def check(ok, what, detail=""):
    print(f"test-ray: {'PASS' if ok else 'FAIL'}: {what}" + (f" ({detail})" if detail and not ok else ""), flush=True)
    if not ok:
        failures.append(what)
    return ok


def same_file(a, b):
    with open(a, "rb") as f, open(b, "rb") as g:
        return f.read() == g.read()


# What differs between any two runs (times, threads) or only a sharded run has.
NOT_COMPARED = ("wall_seconds", "megabytes_per_second", "pages_per_second", "jobs", "sharded")


def comparable(stats):
    out = {k: v for k, v in stats.items() if k not in NOT_COMPARED}
    out["stages"] = [{k: v for k, v in stage.items() if k != "seconds"} for stage in stats.get("stages", [])]
    out["learning"] = {k: v for k, v in stats.get("learning", {}).items() if k != "seconds"}
    return out


def check_run(name, out, dups, stats, ref):
    check(same_file(out, ref["out"]), f"{name}: output byte-identical to one process")
    check(same_file(dups, ref["dups"]), f"{name}: duplicates byte-identical to one process")
    if isinstance(stats, str):
        with open(stats, encoding="utf-8") as f:
            stats = json.load(f)
    got, want = comparable(stats), comparable(ref["stats"])
    diff = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
    check(not diff, f"{name}: merged stats equal the single run's stats (times aside)",
          f"differ: {[(k, got.get(k), want.get(k)) for k in diff]}"[:3000])
    inputs = stats["inputs"]
    check(inputs["cleaned"] + inputs["skipped"] + inputs["failed"] == inputs["total"] == ref["stats"]["inputs"]["total"],
          f"{name}: every input accounted for ({inputs})")
    return stats


def args(*argv):
    return tanqiya_ray.parse_args([*argv, "--bin", BIN, "-q"])


def readme_block(marker):
    """The fenced sh block after the README comment that names `marker`."""
    text = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    m = re.search(r"<!--[^>]*" + re.escape(marker) + r"[^>]*-->\s*```sh\n(.*?)```", text, re.S)
    if not m:
        raise SystemExit(f"test-ray: FAIL: no block marked {marker!r} in README.md")
    return m.group(1)


FAKE_SBATCH = r'''#!PYTHON
# A stand-in for sbatch: runs the --wrap script at once (every array index in turn, with
# SLURM_ARRAY_TASK_ID set) when its afterok dependency succeeded; prints the job id (--parsable).
import os, re, subprocess, sys
state = os.environ["FAKE_SLURM_STATE"]
os.makedirs(state, exist_ok=True)
opts, wrap = {}, None
argv = sys.argv[1:]
while argv:
    a = argv.pop(0)
    key, eq, value = a.partition("=")
    if key in ("--parsable",):
        continue
    if not eq:
        value = argv.pop(0)
    if key == "--wrap":
        wrap = value
    else:
        opts[key] = value
assert wrap is not None, "no --wrap"
job = str(len(os.listdir(state)) + 100)
ok = True
dep = opts.get("--dependency")
if dep:
    kind, _, after = dep.partition(":")
    assert kind == "afterok", dep
    ok = open(os.path.join(state, after)).read() == "ok"
indices = [None]
if "--array" in opts:
    lo, hi = opts["--array"].split("-")
    indices = list(range(int(lo), int(hi) + 1))
status = "ok"
for i in indices:
    if not ok:
        status = "never"
        break
    env = dict(os.environ)
    if i is not None:
        env["SLURM_ARRAY_TASK_ID"] = str(i)
    log = opts.get("-o", os.devnull).replace("%a", str(i))
    with open(log, "w") as f:
        if subprocess.run(["sh", "-c", wrap], env=env, stdout=f, stderr=subprocess.STDOUT).returncode != 0:
            status = "failed"
open(os.path.join(state, job), "w").write(status)
print(job)
'''


def main():
    started = time.monotonic()
    if not check(os.access(BIN, os.X_OK), f"tanqiya binary at {BIN}", "build it first: swift build"):
        return 1
    tmp = tempfile.mkdtemp(prefix="tanqiya-ray-test-")
    try:
        return run_tests(tmp, started)
    finally:
        try:
            import ray
            ray.shutdown()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def words(count, rng):
    """Made-up Arabic text."""
    vocabulary = ("الحكومة قالت وزارة المدينة مشروع جديد الطرق المياه سكان الحي أعلن مسؤول المجلس البلدي خطة "
                  "لتطوير المدارس العام المقبل تكلفة ملايين الدنانير بدء العمل شهر الربيع لجنة متابعة الأسواق").split()
    return " ".join(rng.choice(vocabulary) for _ in range(count))


def awkward_inputs(extra):
    """What a sharded run must carry as one process does: a skipped (binary) input, JSONL ids
    with a newline and empty, and a page of 300 articles."""
    import random
    rng = random.Random(7)
    with open(os.path.join(extra, "image.txt"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with open(os.path.join(extra, "records.jsonl"), "w", encoding="utf-8") as f:
        for n, record_id in enumerate(["سطر\nثان", "", "عادي"]):
            f.write(json.dumps({"id": record_id, "text": f"عنوان السجل {n}\n\n" + words(40, rng)}, ensure_ascii=False) + "\n")
    lines = []
    for _ in range(300):
        title = "عنوان المقال " + words(5, rng)
        lines += [title, "TT", title, words(30, rng), words(25, rng), ""]
    with open(os.path.join(extra, "long-page.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def run_tests(tmp, started):
    import ray

    # The corpus: seeds/, a generated corpus with planted duplicates, empty inputs, awkward ones.
    corpus = os.path.join(tmp, "corpus")
    subprocess.run([sys.executable, os.path.join(REPO, "bench/gen_corpus.py"), "--out", corpus, "--size-mb", "3",
                    "--seed", "11"], check=True, stdout=subprocess.DEVNULL)
    extra = os.path.join(tmp, "extra")
    os.makedirs(extra)
    for name in ("empty.txt", "empty.jsonl"):  # an empty text dump is one page, an empty JSONL none
        open(os.path.join(extra, name), "w").close()
    awkward_inputs(extra)
    inputs = ["seeds", os.path.join(corpus, "pages"), extra]
    ref = {"out": os.path.join(tmp, "ref.jsonl"), "dups": os.path.join(tmp, "ref.dups.jsonl")}
    rc = subprocess.run([BIN, "clean", *inputs, "--rules", "rules", "-o", ref["out"], "--duplicates", ref["dups"],
                         "--stats", os.path.join(tmp, "ref.stats.json"), "-q"], cwd=REPO).returncode
    if not check(rc == 0, "single-process reference run", f"exit {rc}"):
        return 1
    with open(os.path.join(tmp, "ref.stats.json"), encoding="utf-8") as f:
        ref["stats"] = json.load(f)
    dups = open(ref["dups"], encoding="utf-8").read()
    records = open(ref["out"], encoding="utf-8").read()
    check('"kind":"exact"' in dups and '"kind":"near"' in dups and ref["stats"]["inputs"]["empty"] >= 1
          and ref["stats"]["inputs"]["skipped"] == 1 and '{"id":"سطر\\nثان#1"' in records and '{"id":"#1"' in records
          and '"id":"long-page#300"' in records,
          f"the reference has exact and near duplicates, an empty and a skipped input, the awkward ids and 300 articles "
          f"of one page ({ref['stats']['inputs']}, {ref['stats']['articles']})")
    print(f"test-ray: corpus: {ref['stats']['inputs']['total']} inputs, {ref['stats']['bytes_in'] / 1e6:.1f} MB; "
          f"reference done at {time.monotonic() - started:.0f} s", flush=True)
    os.chdir(REPO)  # the inputs are relative to the repo, as in the reference run

    ray.init(address="local", num_cpus=2, include_dashboard=False, logging_level="warning", log_to_driver=False)
    print(f"test-ray: Ray started at {time.monotonic() - started:.0f} s", flush=True)

    # 1. N=2, shard 1's tanqiya killed midway; Ray retries the task.
    out = os.path.join(tmp, "r1")
    stats = tanqiya_ray.run(args(*inputs, "--out", out, "-n", "2", "--max-retries", "2", "--inject-fault", "1:subprocess"))
    note = json.load(open(f"{out}.stage/fault-injected-shard-0001-of-0002"))
    check(note["killed_while_running"], f"N=2: shard 1's stage-1 process was killed midway ({note})")
    check_run("N=2, killed tanqiya retried by Ray", f"{out}.jsonl", f"{out}.dups.jsonl", f"{out}.stats.json", ref)
    check(not [p for p in os.listdir(f"{out}.stage") if ".tmp-" in p], "N=2: no temporary files left in the stage dir")

    # 2. N=2, shard 1's tanqiya and worker killed, no retries: the driver fails; the rerun finishes.
    out = os.path.join(tmp, "r2")
    again = args(*inputs, "--out", out, "-n", "2", "--max-retries", "0", "--inject-fault", "1:worker")
    try:
        tanqiya_ray.run(again)
        check(False, "N=2, no retries: the driver fails when a worker dies")
    except tanqiya_ray.RunFailed as e:
        check("WorkerCrashed" in str(e) or "worker" in str(e).lower(), "N=2, no retries: the driver fails when a worker dies",
              str(e)[:300])
    stage = f"{out}.stage"
    check(os.path.exists(f"{stage}/shard-0000-of-0002.done") and not os.path.exists(f"{stage}/shard-0001-of-0002.done")
          and not os.path.exists(f"{out}.jsonl"), "N=2: after the failure shard 0 is done, shard 1 and the output are not")
    done_before = os.stat(f"{stage}/shard-0000-of-0002.done").st_mtime_ns
    stats = tanqiya_ray.run(again)
    check(stats["sharded"]["per_shard"][0]["stage1_skipped"] and not stats["sharded"]["per_shard"][1]["stage1_skipped"]
          and os.stat(f"{stage}/shard-0000-of-0002.done").st_mtime_ns == done_before,
          "N=2 rerun: shard 0 not redone, shard 1 redone")
    check_run("N=2, rerun after a killed worker", f"{out}.jsonl", f"{out}.dups.jsonl", f"{out}.stats.json", ref)

    # 3. N=3 through the command line, joining this Ray instance, binary and rules shipped.
    out = os.path.join(tmp, "r3")
    address = ray.get_runtime_context().gcs_address
    t = time.monotonic()
    proc = subprocess.run([sys.executable, os.path.join(HERE, "tanqiya_ray.py"), *inputs, "--out", out, "-n", "3",
                           "--address", address, "--ship", "--bin", BIN], cwd=REPO, capture_output=True, text=True)
    log = proc.stderr
    check(proc.returncode == 0, f"N=3 --address --ship: the command exits 0 ({time.monotonic() - t:.0f} s)", log[-2000:])
    check(re.search(r"stage 1: 3/3 shards done", log) is not None and "global step:" in log,
          "N=3: progress lines (shards done / N, per-shard stats)", log[-1000:])
    if proc.returncode == 0:
        check_run("N=3 --address --ship", f"{out}.jsonl", f"{out}.dups.jsonl", f"{out}.stats.json", ref)

    # 4. The README's xargs block (N=3), and its Slurm block with a stand-in sbatch (N=2).
    env = dict(os.environ, TANQIYA=BIN, RULES="rules", INPUTS=" ".join(inputs), N="3", P="2",
               WORK=os.path.join(tmp, "x/stage"), OUT=os.path.join(tmp, "x/out"))
    proc = subprocess.run(["bash", "-c", readme_block("xargs")], cwd=REPO, env=env, capture_output=True, text=True)
    if check(proc.returncode == 0, "README xargs block runs", proc.stderr[-2000:]):
        o = env["OUT"]
        check_run("README xargs block (N=3)", f"{o}/all.jsonl", f"{o}/all.dups.jsonl", f"{o}/all.stats.json", ref)

    fake = os.path.join(tmp, "fakebin")
    os.makedirs(fake)
    with open(os.path.join(fake, "sbatch"), "w") as f:
        f.write(FAKE_SBATCH.replace("PYTHON", sys.executable, 1))
    os.chmod(os.path.join(fake, "sbatch"), 0o755)
    block = "\n".join(line for line in readme_block("sbatch").splitlines() if not line.startswith("export "))
    slurm = os.path.join(tmp, "slurm")  # the submit directory: logs/ goes there; seeds and contrib linked
    os.makedirs(slurm)
    for name in ("seeds", "contrib"):
        os.symlink(os.path.join(REPO, name), os.path.join(slurm, name))
    env = dict(os.environ, PATH=fake + os.pathsep + os.environ["PATH"], FAKE_SLURM_STATE=os.path.join(slurm, "jobs"),
               TANQIYA=BIN, RULES=os.path.join(REPO, "rules"), INPUTS=" ".join(inputs), N="2",
               WORK=os.path.join(slurm, "stage"), OUT=os.path.join(slurm, "out"))
    proc = subprocess.run(["bash", "-e", "-c", block], cwd=slurm, env=env, capture_output=True, text=True)
    states = sorted(os.listdir(env["FAKE_SLURM_STATE"])) if os.path.isdir(env["FAKE_SLURM_STATE"]) else []
    results = [open(os.path.join(env["FAKE_SLURM_STATE"], s)).read() for s in states]
    if check(proc.returncode == 0 and results == ["ok"] * 6, f"README Slurm block runs (jobs: {results})",
             proc.stderr[-2000:]):
        o = env["OUT"]
        check_run("README Slurm block (N=2)", f"{o}/all.jsonl", f"{o}/all.dups.jsonl", f"{o}/all.stats.json", ref)

    # 5. Inputs named like options (-x.txt, --help.txt): every shard gets them after `--`, as inputs.
    import random
    rng = random.Random(13)
    odd = os.path.join(tmp, "odd")
    os.makedirs(odd)
    names = ["-x.txt", "--help.txt", "plain.txt"]
    for n, name in enumerate(names):
        with open(os.path.join(odd, name), "w", encoding="utf-8") as f:
            f.write(f"عنوان الصفحة {n} " + words(4, rng) + "\n\n" + words(50, rng) + "\n\n" + words(40, rng) + "\n")
    oref = {"out": os.path.join(tmp, "odd.ref.jsonl"), "dups": os.path.join(tmp, "odd.ref.dups.jsonl")}
    rc = subprocess.run([BIN, "clean", "--rules", os.path.join(REPO, "rules"), "-o", oref["out"], "--duplicates", oref["dups"],
                         "--stats", os.path.join(tmp, "odd.ref.stats.json"), "-q", "--", *names], cwd=odd).returncode
    with open(os.path.join(tmp, "odd.ref.stats.json"), encoding="utf-8") as f:
        oref["stats"] = json.load(f)
    check(rc == 0 and oref["stats"]["inputs"]["written"] == 3, f"inputs named like options: the reference run ({rc})")
    out = os.path.join(tmp, "r5")
    try:
        tanqiya_ray.run(tanqiya_ray.parse_args(["--out", out, "-n", "2", "--cwd", odd, "--bin", BIN, "-q", "--", *names]))
        check_run("inputs named like options (N=2)", f"{out}.jsonl", f"{out}.dups.jsonl", f"{out}.stats.json", oref)
    except tanqiya_ray.RunFailed as e:
        check(False, "inputs named like options (N=2): the run succeeds", str(e)[:1000])

    # 6. A shard done with failed inputs is run again on a resume (tanqiya redoes it); a done one is not.
    base = os.path.join(tmp, "shard-0000-of-0001")
    with open(base + ".stats.json", "w", encoding="utf-8") as f:
        json.dump({"failures": [{"input": "x.txt", "error": "x.txt: cannot read: Permission denied"}]}, f)
    failed = tanqiya_ray._stage1_failed(base)
    with open(base + ".stats.json", "w", encoding="utf-8") as f:
        json.dump({"failures": []}, f)
    check(failed and not tanqiya_ray._stage1_failed(base), "a shard done with failed inputs is rerun on a resume, a done one is not")
    return 0


if __name__ == "__main__":
    t0 = time.monotonic()
    try:
        rc = main()
    except Exception as e:  # noqa: BLE001 (any crash of the test is a FAIL)
        import traceback
        traceback.print_exc()
        check(False, f"the test ran to the end ({type(e).__name__}: {e})")
        rc = 1
    if failures or rc:
        print(f"test-ray: FAIL ({len(failures)} failed: {'; '.join(failures)}) in {time.monotonic() - t0:.0f} s", flush=True)
        sys.exit(1)
    print(f"test-ray: PASS (all checks) in {time.monotonic() - t0:.0f} s", flush=True)
