#!/usr/bin/env python3
"""Fuzzes `tanqiya clean` from outside: random option combinations (extreme values included)
over a small corpus of good and bad inputs, and random staged runs (shards, stage
directories, the global step, apply), for a given number of seconds.

Each run must end with status 0, 1 or 2 (never a signal: a crash, a trap, a timeout), leave no
temporary file, write well-formed outputs (one JSON object per line), write nothing when the
status is 2, give the same bytes for any --jobs, and a staged run must give, concatenated in
shard order, the bytes of one process. A failing case is written to OUT/failures/N/ (the
command, its stderr) and the script exits 1.

    python3 tools/fuzz_cli.py BIN SECONDS OUT [--seed N]
"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 120


def make_corpus(root, rng):
    """Inputs: seeds and fixture pages, the bad-input corpus, and a few odd ones made here."""
    corpus = os.path.join(root, "corpus")
    os.makedirs(corpus, exist_ok=True)
    sources = [os.path.join(REPO, "seeds"), os.path.join(REPO, "Tests/Fixtures/pages"),
               os.path.join(REPO, "Tests/BadInput/inputs"), os.path.join(REPO, "Tests/Fixtures/html")]
    for source in sources:
        if not os.path.isdir(source):
            continue
        names = sorted(os.listdir(source))
        for name in rng.sample(names, min(len(names), 6)):
            path = os.path.join(source, name)
            if os.path.isfile(path):
                shutil.copy(path, os.path.join(corpus, os.path.basename(source) + "-" + name))
    odd = os.path.join(corpus, "odd")
    os.makedirs(odd, exist_ok=True)
    with open(os.path.join(odd, b"caf\xe9.txt".decode("utf-8", "surrogateescape")), "wb") as f:
        f.write("عنوان\n\nفقرة أولى من نص مخترع للاختبار فقط، طويلة بما يكفي لتكون فقرة.\n".encode())
    with open(os.path.join(odd, "numeric.jsonl"), "w") as f:
        f.write('{"id": 7, "url": 8, "text": "عنوان\\n\\nفقرة من نص مخترع للاختبار فقط."}\n{"id": true}\n')
    with open(os.path.join(odd, "mixed.txt"), "wb") as f:
        f.write("سطر أول بترميز قديم\n".encode("cp1256") + "سطر ثان بترميز حديث\n".encode() + b"\xff\xfe\x00\n")
    deep = odd
    for _ in range(60):
        deep = os.path.join(deep, "d")
    os.makedirs(deep, exist_ok=True)
    with open(os.path.join(deep, "deep.txt"), "w") as f:
        f.write("عنوان عميق\n\nنص مخترع في مجلد عميق.\n")
    os.symlink("..", os.path.join(odd, "loop"))
    return corpus


def extreme(rng, usual):
    return rng.choice(usual + ["0", "-1", "1", str(2**31), str(2**63 - 1), str(2**64), "x", ""])


def random_options(rng, out):
    """A random `clean` command line (its outputs under `out`) and what it writes."""
    args = []
    outputs = []
    target = rng.choice(["stdout", "file", "dir", "one-char", "dash"])
    if target == "file":
        args += ["-o", os.path.join(out, "all.jsonl")]
    elif target == "dir":
        args += ["-o", os.path.join(out, "per-input") + "/"]
    elif target == "one-char":
        args += ["-o", "o"]
    elif target == "dash":
        args += ["-o", "-"]
    if rng.random() < 0.3:
        args += ["--format", rng.choice(["jsonl", "text", "html", ""])]
    if rng.random() < 0.2:
        args += ["--input-format", rng.choice(["text", "jsonl", "html", "pdf"])]
    if rng.random() < 0.2:
        args += ["--encoding", rng.choice(["utf-8", "cp1256", "utf-16le", "iso-8859-6", "klingon"])]
    if rng.random() < 0.3:
        args += ["--explain", rng.choice([os.path.join(out, "explain.txt"), os.path.join(out, "explain") + "/", "e", "-"])]
    if rng.random() < 0.3:
        args += ["--stats", rng.choice([os.path.join(out, "stats.json"), "s", "-"])]
    if rng.random() < 0.3:
        args += ["--duplicates", rng.choice([os.path.join(out, "dups.jsonl"), "d", "-"])]
    if rng.random() < 0.5:
        args += ["--jobs", extreme(rng, ["1", "2", "3", "8"])]
    if rng.random() < 0.2:
        args += ["--shard", rng.choice(["0/1", "1/2", "0/3", "%d/%d" % (2**63 - 2, 2**63 - 1), "3/2", "a/b", "0/0"])]
    for flag in ["--no-dedup", "--fail-fast", "-q", "--strip-diacritics", "--fold-letters", "--ascii-digits"]:
        if rng.random() < 0.2:
            args.append(flag)
    if rng.random() < 0.2:
        args += ["--dedup-threshold", rng.choice(["0", "0.5", "1", "1.5", "-1", "nan"])]
    for option in ["--shingle-size", "--bands", "--rows"]:
        if rng.random() < 0.1:
            args += [option, extreme(rng, ["1", "2", "4", "16"])]
    if rng.random() < 0.15:
        args += ["--outlet", rng.choice(["rt-arabic", "trt-arabi", "asharq-alawsat", "unknown", "nope"])]
    if rng.random() < 0.1:
        args += ["--progress"]
    return args


def run(cmd, cwd, stdin=None):
    start = time.time()
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr, time.time() - start
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b"", time.time() - start


def leftovers(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        found += [os.path.join(dirpath, n) for n in filenames if ".tmp-" in n]
    return found


def check_jsonl(path_or_bytes, what, problems):
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else open(path_or_bytes, "rb").read()
    for n, line in enumerate(data.split(b"\n")):
        if not line:
            continue
        try:
            if not isinstance(json.loads(line), dict):
                problems.append("%s: line %d is not a JSON object" % (what, n + 1))
        except ValueError as e:
            problems.append("%s: line %d is not JSON: %s" % (what, n + 1, e))
            return


def one_option_case(binary, corpus, rules, work, rng):
    out = os.path.join(work, "out")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(out)
    inputs = rng.sample([os.path.join(corpus, n) for n in sorted(os.listdir(corpus))], rng.randint(1, 5))
    if rng.random() < 0.2:
        inputs.append(corpus)
    options = random_options(rng, out)
    cmd = [binary, "clean"] + inputs + ["--rules", rules] + options
    status, stdout, stderr, seconds = run(cmd, cwd=out)
    problems = []
    if status not in (0, 1, 2):
        problems.append("status %s" % status)
    if leftovers(work):
        problems.append("temporary files left: %s" % leftovers(work)[:3])
    if status == 2:
        written = [os.path.join(d, f) for d, _, fs in os.walk(out) for f in fs]
        if written or stdout:
            problems.append("status 2 but something was written: %s" % (written[:3] or stdout[:100]))
    text_format = "--format" in options and options[options.index("--format") + 1] == "text"
    if status in (0, 1) and not text_format:
        if "-o" not in options or options[options.index("-o") + 1] == "-":
            if "--explain" not in options or options[options.index("--explain") + 1] != "-":
                if "--stats" not in options or options[options.index("--stats") + 1] != "-":
                    if "--duplicates" not in options or options[options.index("--duplicates") + 1] != "-":
                        check_jsonl(stdout, "stdout", problems)
        for name in ["all.jsonl", "o", "dups.jsonl"]:
            if os.path.isfile(os.path.join(out, name)):
                check_jsonl(os.path.join(out, name), name, problems)
        for name in ["stats.json", "s"]:
            if os.path.isfile(os.path.join(out, name)):
                try:
                    json.load(open(os.path.join(out, name)))
                except ValueError as e:
                    problems.append("%s is not JSON: %s" % (name, e))
    # The same bytes for another --jobs.
    if status == 0 and "-o" not in options and "--jobs" in options and rng.random() < 0.5:
        other = list(options)
        other[other.index("--jobs") + 1] = rng.choice(["1", "2", "5"])
        s2, stdout2, _, _ = run([binary, "clean"] + inputs + ["--rules", rules] + other, cwd=out)
        if s2 == 0 and stdout2 != stdout and "--progress" not in options:
            problems.append("--jobs changes the output: %s" % " ".join(other))
    return cmd, status, stderr, problems


def one_staged_case(binary, corpus, rules, work, rng):
    shutil.rmtree(work, ignore_errors=True)
    stage = os.path.join(work, "stage")
    parts = os.path.join(work, "parts")
    os.makedirs(parts)
    inputs = sorted(rng.sample([os.path.join(corpus, n) for n in sorted(os.listdir(corpus))], rng.randint(1, 6)))
    count = rng.choice([1, 2, 3, 5, 8])
    extra = rng.sample([["--strip-diacritics"], ["--shingle-size", "3"], ["--dedup-threshold", "0.6"], []], 1)[0]
    problems = []
    commands = []
    # A staged run learns once for all its shards (the profile stage, then its merge), or not at
    # all; without either, stage 1 refuses to start (every staged case failed so).
    if rng.random() < 0.5:
        extra = extra + ["--no-learn"]
    else:
        for i in rng.sample(range(count), count):
            cmd = [binary, "profile"] + inputs + ["--shard", "%d/%d" % (i, count), "--stage-dir", stage, "-q"]
            commands.append(cmd)
            status, _, stderr, _ = run(cmd, cwd=work)
            if status not in (0, 1):
                problems.append("profile stage shard %d: status %s: %s" % (i, status, stderr[-300:]))
        cmd = [binary, "profile", "merge", stage, "-q"]
        commands.append(cmd)
        status, _, stderr, _ = run(cmd, cwd=work)
        if status != 0:
            problems.append("profile merge: status %s: %s" % (status, stderr[-300:]))
    for i in rng.sample(range(count), count):  # shards in any order, some twice
        for _ in range(rng.choice([1, 1, 2])):
            cmd = [binary, "clean"] + inputs + ["--rules", rules, "--shard", "%d/%d" % (i, count), "--stage-dir", stage, "-q"] + extra
            commands.append(cmd)
            status, _, stderr, _ = run(cmd, cwd=work)
            if status not in (0, 1):
                problems.append("stage 1 shard %d: status %s: %s" % (i, status, stderr[-300:]))
    cmd = [binary, "dedup", "global", stage]
    commands.append(cmd)
    status, _, stderr, _ = run(cmd, cwd=work)
    if status != 0:
        problems.append("global: status %s: %s" % (status, stderr[-300:]))
    staged = b""
    for i in range(count):
        part = os.path.join(parts, "part-%d.jsonl" % i)
        cmd = [binary, "dedup", "apply", stage, "--shard", "%d/%d" % (i, count), "-o", part]
        commands.append(cmd)
        status, _, stderr, _ = run(cmd, cwd=work)
        if status != 0:
            problems.append("apply %d: status %s: %s" % (i, status, stderr[-300:]))
        elif os.path.exists(part):
            staged += open(part, "rb").read()
    cmd = [binary, "clean"] + inputs + ["--rules", rules, "-q"] + extra
    status, whole, stderr, _ = run(cmd, cwd=work)
    if status in (0, 1) and not problems and staged != whole:
        problems.append("the shards concatenated differ from one process (%d vs %d bytes)" % (len(staged), len(whole)))
    if leftovers(work):
        problems.append("temporary files left: %s" % leftovers(work)[:3])
    return commands, problems


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, seconds, root = os.path.abspath(sys.argv[1]), float(sys.argv[2]), os.path.abspath(sys.argv[3])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else int(time.time())
    rng = random.Random(seed)
    shutil.rmtree(os.path.join(root, "work"), ignore_errors=True)
    shutil.rmtree(os.path.join(root, "corpus"), ignore_errors=True)
    os.makedirs(root, exist_ok=True)
    corpus = make_corpus(root, rng)
    rules = os.path.join(REPO, "rules")
    deadline = time.time() + seconds
    cases = staged_cases = failures = 0
    while time.time() < deadline:
        work = os.path.join(root, "work")
        if rng.random() < 0.2:
            commands, problems = one_staged_case(binary, corpus, rules, work, rng)
            staged_cases += 1
            stderr = b""
        else:
            cmd, status, stderr, problems = one_option_case(binary, corpus, rules, work, rng)
            commands = [cmd]
            cases += 1
        if problems:
            failures += 1
            where = os.path.join(root, "failures", str(failures))
            os.makedirs(where, exist_ok=True)
            with open(os.path.join(where, "case.txt"), "w") as f:
                f.write("\n".join(" ".join(c) for c in commands) + "\n\n" + "\n".join(problems) + "\n")
            with open(os.path.join(where, "stderr.txt"), "wb") as f:
                f.write(stderr)
            print("FAIL %d: %s\n  %s" % (failures, "; ".join(problems), " ".join(commands[-1])), flush=True)
    print("fuzz_cli: seed %d, %d option cases, %d staged runs, %d failures (%s)" % (seed, cases, staged_cases, failures,
                                                                                  os.path.join(root, "failures")))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
