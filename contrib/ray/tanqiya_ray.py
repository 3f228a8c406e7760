#!/usr/bin/env python3
"""Run a staged `tanqiya clean` (issue 7) on a Ray cluster: N shards in parallel, one global dedup
step, then N apply steps; the parts are concatenated in shard order into one output that is
byte-identical to `tanqiya clean INPUT… -o FILE --duplicates DUPS` in one process.

usage:
  python3 contrib/ray/tanqiya_ray.py INPUT… --out PREFIX -n N [--address ADDR] [options]

  INPUT…      files or directories, exactly as you would give them to `tanqiya clean` (paths are
              relative to --cwd and passed unchanged, since the records' "source" is the path as
              given); --inputs-from FILE adds one path per line. An input named like an option
              (-x.txt): after `--` (`… -n 4 -- -x.txt`) or in --inputs-from; tanqiya always gets
              its options first, then `--`, then the inputs.
  --out PREFIX  writes PREFIX.jsonl (PREFIX.txt with --format text), PREFIX.dups.jsonl and
              PREFIX.stats.json; stage files go to PREFIX.stage/ (--stage-dir), parts to
              PREFIX.parts/part-000I.jsonl and dups-000I.jsonl.
  -n N        number of shards (contiguous ranges of the sorted input list).

Steps (each one a Ray task with num_cpus=--cpus-per-shard, retried by Ray up to --max-retries
times when its worker dies or its tanqiya process is killed):
  0. unless --clean-args holds --no-learn or --use-profile, the profile stage (the site chrome is
     learned once for all shards, as one process would learn it):
     per shard:  tanqiya profile build --shard I/N --stage-dir STAGE --jobs K -- INPUT…
     once:       tanqiya profile merge STAGE            (STAGE/profile.json, which stage 1 uses)
  1. per shard:  tanqiya clean --rules RULES --shard I/N --stage-dir STAGE --jobs K -q -- INPUT…
  2. once:       tanqiya dedup global STAGE
  3. per shard:  tanqiya dedup apply STAGE --shard I/N -o PARTS/part-000I.jsonl --duplicates … --stats …
  then the driver concatenates the parts (and the dups) in shard order, and merges the shards'
  stats with `tanqiya stats merge` (which checks that every input is cleaned, skipped or failed
  and every article written or dropped) into PREFIX.stats.json.

Every step is idempotent: a shard with its .done marker and a global step with decisions.done are
not redone (but a shard done with failed inputs is: its inputs may be readable now, and the
global step and the applies follow), and apply rewrites its part atomically. A run that failed (a task out of retries, a
killed driver) is resumed by running the same command again.

Without --address the driver starts a new local Ray instance (--num-cpus, default all cores; it
never joins a running one). With --address (`auto`, `HOST:6379`, or `ray://HOST:10001`) it joins a
cluster: see README.md for what every node needs (the binary and rules, or --ship; a shared file
system for --cwd, the stage directory and the parts).

Exit status: 0 every input cleaned; 1 some inputs failed (everything else was written, see
PREFIX.stats.json) or a task failed for good (rerun to resume); 2 usage error.

Testing only: --inject-fault I[:subprocess|:worker] (or TANQIYA_RAY_FAULT) makes shard I's stage-1
attempt kill its tanqiya process midway — once per stage directory (a marker file there records
it) — and then fail (subprocess, retried by Ray) or also kill its Ray worker (worker, as when a
node is lost).

The module can also be used from Python: `run(parse_args([...]))` returns the merged stats; it
calls ray.init only when Ray is not initialised yet.
"""
import argparse
import glob
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

EXIT_OK, EXIT_INPUTS_FAILED, EXIT_USAGE = 0, 1, 2
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FORBIDDEN_CLEAN_ARGS = ("-o", "--output", "--stats", "--explain", "--shard", "--stage-dir", "--duplicates", "--jobs",
                        "-j", "--rules", "--no-dedup")


class UsageError(Exception):
    pass


class RunFailed(Exception):
    """A task failed for good; the finished shards stay done, so rerunning resumes."""


class ShardInterrupted(Exception):
    """tanqiya was killed by a signal (OOM killer, node shutdown, fault injection): worth a retry."""


def stem(i, n):
    return f"shard-{i:04d}-of-{n:04d}"


def log(message):
    print(f"tanqiya-ray: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# What runs on the workers (plain functions; wrapped with ray.remote in run())
# ---------------------------------------------------------------------------------------------

def _tool(cfg):
    """The binary and rules on this node: shipped in the task's working_dir, or at the given paths."""
    if cfg["ship"]:
        binary, rules = os.path.abspath("tanqiya"), os.path.abspath("rules")
        if os.path.exists(binary) and not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
    else:
        binary, rules = cfg["bin"], cfg["rules"]
    if not os.access(binary, os.X_OK):
        raise FileNotFoundError(f"{socket.gethostname()}: no tanqiya binary at {binary} "
                                "(install it at the same path on every node, or use --ship)")
    if not os.path.isdir(rules):
        raise FileNotFoundError(f"{socket.gethostname()}: no rules directory at {rules}")
    return binary, rules


TIME = "/usr/bin/time"  # GNU time: the peak RSS of tanqiya alone (the worker's forked memory not counted)


def _run(cmd, cwd, on_start=None):
    """Runs cmd in its own process group; returns (exit code, negative for a signal; stderr;
    peak RSS in KiB or None; seconds)."""
    start = time.monotonic()
    timed = os.access(TIME, os.X_OK)
    with tempfile.TemporaryDirectory(prefix="tanqiya-ray-") as tmp:
        mem = os.path.join(tmp, "rss")
        with open(os.path.join(tmp, "err"), "w+b") as err:
            proc = subprocess.Popen([TIME, "-f", "%M", "-o", mem, *cmd] if timed else cmd, cwd=cwd,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                    start_new_session=True)
            proc.scratch = tmp
            if on_start:
                on_start(proc)
            rc = proc.wait()
            err.seek(0)
            text = err.read().decode("utf-8", "replace")
        rss = None
        if timed:
            if rc > 128:  # GNU time exits 128 + the signal that killed its command
                rc = 128 - rc
            lines = open(mem).read().split() if os.path.exists(mem) else []
            rss = int(lines[-1]) if lines and lines[-1].isdigit() else None
    return rc, text, rss, time.monotonic() - start


def _running(pid):
    """True while pid (our child) has not exited; does not reap it."""
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None


def _fault(cfg, i):
    """on_start hook for --inject-fault: kill this shard's tanqiya midway, once per stage dir."""
    fault = cfg.get("fault")
    if not fault or fault[0] != i:
        return None
    marker = os.path.join(cfg["stage"], f"fault-injected-{stem(i, cfg['n'])}")
    if os.path.exists(marker):
        return None

    def hook(proc):
        pattern = os.path.join(cfg["stage"], f".{stem(i, cfg['n'])}.out.tmp-*")
        started, wall, seen, opened = time.monotonic(), time.time(), None, None
        # Midway: the shard has opened its output (rules loaded, inputs listed) and has either
        # written its first bytes or been at work for 50 ms since.
        def out_sizes():
            found = []
            for path in glob.glob(pattern):
                try:
                    st = os.stat(path)
                except FileNotFoundError:  # renamed into place meanwhile
                    continue
                if st.st_mtime >= wall - 1:
                    found.append(st.st_size)
            return found

        while _running(proc.pid) and time.monotonic() - started < 30:
            sizes = out_sizes()
            if sizes and opened is None:
                opened = time.monotonic()
            if sizes and (max(sizes) > 0 or time.monotonic() - opened >= 0.05):
                seen = max(sizes)
                break
            time.sleep(0.002)
        running = _running(proc.pid)
        if running:
            os.killpg(proc.pid, signal.SIGKILL)  # tanqiya and the time wrapper
        note = {"shard": i, "mode": fault[1], "pid": proc.pid, "killed_while_running": running,
                "out_bytes_when_killed": seen, "after_seconds": round(time.monotonic() - started, 3)}
        with open(marker + ".tmp", "w") as f:
            json.dump(note, f)
        os.replace(marker + ".tmp", marker)
        if fault[1] == "worker":
            proc.wait()
            shutil.rmtree(proc.scratch, ignore_errors=True)
            os._exit(1)  # the Ray worker dies, as on a lost node: Ray retries the task elsewhere

    return hook


def profile_task(cfg, i):
    """Stage 0, per shard: the frames of the shard's pages (not redone once written)."""
    n, stage = cfg["n"], cfg["stage"]
    frames = os.path.join(stage, stem(i, n) + ".frames")
    info = {"shard": i, "node": socket.gethostname(), "skipped": True, "seconds": 0.0}
    if not os.path.exists(frames):
        binary, _ = _tool(cfg)
        # Options first, then `--`: an input named like an option (-x.txt) is an input.
        cmd = [binary, "profile", "build", "--shard", f"{i}/{n}", "--stage-dir", stage, "--jobs", str(cfg["cpus"]),
               *cfg["profile_args"], "--", *cfg["inputs"]]
        rc, err, _, seconds = _run(cmd, cfg["cwd"])
        if rc < 0:
            raise ShardInterrupted(f"profile {i}/{n}: tanqiya killed by signal {-rc}\n{err}")
        if rc != 0 or not os.path.exists(frames):
            raise RuntimeError(f"profile {i}/{n}: `{shlex.join(cmd)}` exited {rc}\n{err}")
        info.update(skipped=False, seconds=seconds)
    return info


def profile_merge_task(cfg):
    """Stage 0, once: every shard's frames into STAGE/profile.json (not redone once written)."""
    stage = cfg["stage"]
    if os.path.exists(os.path.join(stage, "profile.json")):
        return {"skipped": True, "message": "profile already learned"}
    binary, _ = _tool(cfg)
    rc, err, _, seconds = _run([binary, "profile", "merge", stage], cfg["cwd"])
    if rc < 0:
        raise ShardInterrupted(f"profile merge: tanqiya killed by signal {-rc}\n{err}")
    if rc != 0:
        raise RuntimeError(f"profile merge: tanqiya profile merge {stage} exited {rc}\n{err}")
    return {"skipped": False, "seconds": seconds, "message": err.strip()}


def stage1_task(cfg, i):
    n, stage = cfg["n"], cfg["stage"]
    base = os.path.join(stage, stem(i, n))
    info = {"shard": i, "node": socket.gethostname(), "skipped": True, "seconds": 0.0, "peak_rss_kb": None}
    # A shard done with failed inputs is run again: tanqiya redoes it (the inputs may be readable
    # now) and removes the global step's decisions, so the steps after it are redone too.
    if not os.path.exists(base + ".done") or _stage1_failed(base):
        binary, rules = _tool(cfg)
        cmd = [binary, "clean", "--rules", rules, "--shard", f"{i}/{n}", "--stage-dir", stage,
               "--jobs", str(cfg["cpus"]), "-q", *cfg["clean_args"], "--", *cfg["inputs"]]
        rc, err, rss, seconds = _run(cmd, cfg["cwd"], _fault(cfg, i))
        if rc < 0:
            raise ShardInterrupted(f"shard {i}/{n}: tanqiya killed by signal {-rc}\n{err}")
        # 1: some inputs failed, listed in the shard's stats; anything else is an error.
        if rc not in (0, 1) or not os.path.exists(base + ".done"):
            raise RuntimeError(f"shard {i}/{n}: `{shlex.join(cmd)}` exited {rc}\n{err}")
        info.update(skipped=False, seconds=seconds, peak_rss_kb=rss)
    with open(base + ".stats.json", encoding="utf-8") as f:
        info["stats"] = json.load(f)
    return info


def _stage1_failed(base):
    """Whether the shard's stage 1 finished with failed inputs (its stats list them)."""
    try:
        with open(base + ".stats.json", encoding="utf-8") as f:
            return bool(json.load(f).get("failures"))
    except (OSError, ValueError):
        return False  # tanqiya itself checks the shard's files against its marker


def stage2_task(cfg):
    stage = cfg["stage"]
    skipped = os.path.exists(os.path.join(stage, "decisions.done"))
    binary, _ = _tool(cfg)
    rc, err, rss, seconds = _run([binary, "dedup", "global", stage], cfg["cwd"])
    if rc < 0:
        raise ShardInterrupted(f"global step: tanqiya killed by signal {-rc}\n{err}")
    if rc != 0:
        raise RuntimeError(f"global step: tanqiya dedup global {stage} exited {rc}\n{err}")
    return {"node": socket.gethostname(), "skipped": skipped, "seconds": seconds, "peak_rss_kb": rss,
            "message": err.strip()}


def stage3_task(cfg, i):
    n = cfg["n"]
    part, dups = part_paths(cfg, i)
    binary, _ = _tool(cfg)
    cmd = [binary, "dedup", "apply", cfg["stage"], "--shard", f"{i}/{n}", "-o", part, "--duplicates", dups,
           "--stats", stats_path(cfg, i)]
    rc, err, rss, seconds = _run(cmd, cfg["cwd"])
    if rc < 0:
        raise ShardInterrupted(f"apply {i}/{n}: tanqiya killed by signal {-rc}\n{err}")
    # 1 with the part and stats written: inputs of the shard failed in stage 1 (listed in its
    # stats); the part holds the rest. Anything else is an error.
    if rc != 0 and not (rc == 1 and "failed in stage 1" in err and os.path.exists(part) and os.path.exists(stats_path(cfg, i))):
        raise RuntimeError(f"apply {i}/{n}: `{shlex.join(cmd)}` exited {rc}\n{err}")
    dropped = {}
    with open(dups, encoding="utf-8") as f:
        for line in f:
            kind = json.loads(line)["kind"]
            dropped[kind] = dropped.get(kind, 0) + 1
    return {"shard": i, "node": socket.gethostname(), "seconds": seconds, "peak_rss_kb": rss,
            "bytes_out": os.path.getsize(part), "dropped": dropped, "message": err.strip()}


def part_paths(cfg, i):
    return (os.path.join(cfg["parts"], f"part-{i:04d}.{cfg['ext']}"), os.path.join(cfg["parts"], f"dups-{i:04d}.jsonl"))


def stats_path(cfg, i):
    """Shard i's final stats, as `tanqiya dedup apply --stats` writes them."""
    return os.path.join(cfg["parts"], f"stats-{i:04d}.json")


# ---------------------------------------------------------------------------------------------
# Stats
# ---------------------------------------------------------------------------------------------

def merge_stats(cfg, n, wall_seconds, extra):
    """The shards' final stats merged by `tanqiya stats merge` (which checks that every input and
    article is accounted for), with the driver's wall time and `sharded`."""
    rc, err, _, _ = _run([cfg["bin"], "stats", "merge", *(stats_path(cfg, i) for i in range(n)),
                          "-o", os.path.join(cfg["parts"], "stats.json")], cfg["cwd"])
    if rc != 0:
        raise RunFailed(f"tanqiya stats merge exited {rc}: {err.strip()}")
    with open(os.path.join(cfg["parts"], "stats.json"), encoding="utf-8") as f:
        merged = json.load(f)
    merged["wall_seconds"] = wall_seconds
    merged["megabytes_per_second"] = merged.get("bytes_in", 0) / 1e6 / wall_seconds if wall_seconds else 0.0
    merged["pages_per_second"] = merged.get("pages", 0) / wall_seconds if wall_seconds else 0.0
    merged["sharded"] = extra
    return merged


def describe(info):
    s = info["stats"]
    inp = s["inputs"]
    line = (f"{inp['total']} inputs ({inp['cleaned']} cleaned, {inp['skipped']} skipped, {inp['failed']} failed, {inp['empty']} empty), "
            f"{s['pages']} pages, {s['articles']['found']} articles, {s['bytes_in'] / 1e6:.1f} MB")
    if info["skipped"]:
        return line + " (already done)"
    return line + f" in {info['seconds']:.1f} s{rss(info)} on {info['node']}"


def rss(info):
    return f", peak RSS {info['peak_rss_kb'] / 1024:.0f} MB" if info.get("peak_rss_kb") else ""


# ---------------------------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="tanqiya_ray.py", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or directories, as given to tanqiya clean")
    p.add_argument("--inputs-from", metavar="FILE", help="more inputs, one path per line")
    p.add_argument("--out", required=True, metavar="PREFIX", help="output prefix (PREFIX.jsonl, .dups.jsonl, .stats.json)")
    p.add_argument("-n", "--shards", type=int, required=True, metavar="N")
    p.add_argument("--stage-dir", metavar="DIR", help="stage directory (default PREFIX.stage; shared by every node)")
    p.add_argument("--bin", metavar="PATH", help="tanqiya binary (default $TANQIYA_BIN, else the repo's "
                   ".build/release or .build/debug, else tanqiya on PATH)")
    p.add_argument("--rules", metavar="DIR", help="rules directory (default $TANQIYA_RULES, else the repo's rules/)")
    p.add_argument("--cwd", metavar="DIR", help="directory the inputs are relative to (default: the current one)")
    p.add_argument("--address", help="Ray cluster address (auto, HOST:PORT, ray://HOST:10001); default: a local instance")
    p.add_argument("--num-cpus", type=int, help="CPUs of the local Ray instance (default: all)")
    p.add_argument("--cpus-per-shard", type=int, default=1, metavar="K", help="num_cpus of each task and tanqiya --jobs (1)")
    p.add_argument("--max-retries", type=int, default=3, help="Ray retries per task (3)")
    p.add_argument("--ship", action="store_true", help="ship the binary and rules to the workers in runtime_env working_dir")
    p.add_argument("--no-concat", action="store_true", help="leave the parts in PREFIX.parts/, do not concatenate")
    p.add_argument("--clean-args", default="", metavar="ARGS", help="more options for stage 1, e.g. '--threshold 0.9'")
    p.add_argument("--inject-fault", default=os.environ.get("TANQIYA_RAY_FAULT"), metavar="I[:MODE]",
                   help="testing: kill shard I's first stage-1 attempt midway (MODE subprocess or worker)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    return p.parse_args(argv)


def default_bin():
    if os.environ.get("TANQIYA_BIN"):
        return os.environ["TANQIYA_BIN"]
    for config in ("release", "debug"):
        path = os.path.join(REPO, ".build", config, "tanqiya")
        if os.access(path, os.X_OK):
            return path
    return shutil.which("tanqiya") or "tanqiya"


def make_config(args):
    if args.shards < 1:
        raise UsageError("-n must be at least 1")
    if args.cpus_per_shard < 1:
        raise UsageError("--cpus-per-shard must be at least 1")
    cwd = os.path.abspath(args.cwd or os.getcwd())
    inputs = list(args.inputs)
    if args.inputs_from:
        try:
            # A name that is not UTF-8 stays its bytes (as os.listdir gives it, and tanqiya reads it).
            with open(args.inputs_from, encoding="utf-8", errors="surrogateescape") as f:
                inputs += [line.rstrip("\n") for line in f if line.strip()]
        except OSError as e:  # a usage error, not a traceback
            raise UsageError(f"--inputs-from {args.inputs_from}: {e.strerror}") from e
    if not inputs:
        raise UsageError("give at least one input (a file or a directory)")
    if "-" in inputs:
        raise UsageError("standard input cannot be sharded")
    # A missing input would be reported by every shard and counted in no shard's stats.
    missing = [x for x in inputs if not os.path.exists(os.path.join(cwd, x))]
    if missing:
        raise UsageError("no such input: " + ", ".join(missing))
    try:
        clean_args = shlex.split(args.clean_args)
    except ValueError as e:  # "No closing quotation"
        raise UsageError(f"--clean-args {args.clean_args!r}: {e}") from e
    for a in clean_args:
        if a.split("=")[0] in FORBIDDEN_CLEAN_ARGS:
            raise UsageError(f"--clean-args cannot hold {a}: the driver sets it")
    # Learning: once for all shards (stage 0) unless the run does not learn or brings its profile.
    learn = not any(a.split("=")[0] in ("--no-learn", "--use-profile") for a in clean_args)
    # Options that change how pages are read change what is learned: the profile stage takes them too.
    profile_args = [a for k, a in enumerate(clean_args)
                    if a.split("=")[0] in ("--input-format", "--encoding")
                    or (k > 0 and clean_args[k - 1] in ("--input-format", "--encoding"))]
    text = any(a in ("--format=text",) for a in clean_args) or any(
        a == "--format" and b == "text" for a, b in zip(clean_args, clean_args[1:]))
    fault = None
    if args.inject_fault:
        shard, _, mode = args.inject_fault.partition(":")
        mode = mode or "subprocess"
        if not shard.isdigit() or mode not in ("subprocess", "worker"):
            raise UsageError("--inject-fault takes I, I:subprocess or I:worker")
        fault = (int(shard), mode)
    out = os.path.abspath(args.out)
    ext = "txt" if text else "jsonl"
    # tanqiya refuses to write over its inputs, but the driver's own files are not tanqiya's
    # outputs: PREFIX.jsonl on an input (--out data for data.jsonl) was replaced by its cleaned
    # text, and outputs inside an input folder are read back as inputs by the next run.
    written = [f"{out}.{ext}", f"{out}.dups.jsonl", f"{out}.stats.json", out + ".parts"]
    for x in inputs:
        source = os.path.realpath(os.path.join(cwd, x))
        for path in written:
            target = os.path.realpath(path)
            if target == source or (os.path.exists(path) and os.path.samefile(path, source)):
                raise UsageError(f"--out {args.out} would write {path} over the input {x}: give another prefix")
            if os.path.isdir(source) and target.startswith(source.rstrip(os.sep) + os.sep):
                raise UsageError(f"--out {args.out} would write {path} inside the input folder {x}, "
                                 "where the next run would read it as input: give a prefix outside it")
    return {
        "inputs": inputs, "cwd": cwd, "n": args.shards, "cpus": args.cpus_per_shard, "clean_args": clean_args,
        "learn": learn, "profile_args": profile_args,
        "bin": os.path.abspath(shutil.which(args.bin) or args.bin) if args.bin else os.path.abspath(default_bin()),
        "rules": os.path.abspath(args.rules or os.environ.get("TANQIYA_RULES") or os.path.join(REPO, "rules")),
        "stage": os.path.abspath(args.stage_dir or out + ".stage"), "parts": out + ".parts", "out": out,
        "ext": ext, "ship": args.ship, "fault": fault,
    }


def replace_file(target, write):
    """Writes `target` whole or not at all: `write(f)` fills a new temporary file beside it (a name
    nobody can guess ahead, created exclusively: a link planted there is never written through),
    renamed onto it when complete."""
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=f".{os.path.basename(target)}.tmp-")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # as open() would make it (mkstemp makes 0600)
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def concatenate(paths, target):
    def write(out):
        for path in paths:
            with open(path, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    replace_file(target, write)


def run(args):
    """The whole job; returns the merged stats. Raises UsageError or RunFailed."""
    import ray
    import ray.cloudpickle

    cfg = make_config(args)
    say = (lambda m: None) if args.quiet else log
    if not os.access(cfg["bin"], os.X_OK):
        raise UsageError(f"no tanqiya binary at {cfg['bin']} (build it: swift build -c release)")
    # The stage folder records the run that made it (run.json): tanqiya refuses another run's shards.
    os.makedirs(cfg["stage"], exist_ok=True)
    os.makedirs(cfg["parts"], exist_ok=True)
    if __name__ != "__main__":  # imported (tests, notebooks): send this module's code to the workers
        ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    options = {"num_cpus": cfg["cpus"], "max_retries": args.max_retries, "retry_exceptions": [ShardInterrupted]}
    ship_dir, job_env = None, None
    if cfg["ship"]:
        # Ray uploads a local working_dir only for a whole job (ray.init), not per task.
        if ray.is_initialized():
            raise UsageError("--ship needs the driver to connect to Ray itself (Ray is already initialised here)")
        ship_dir = tempfile.mkdtemp(prefix="tanqiya-ray-ship-")
        shutil.copy2(cfg["bin"], os.path.join(ship_dir, "tanqiya"))
        shutil.copytree(cfg["rules"], os.path.join(ship_dir, "rules"))
        job_env = {"working_dir": ship_dir}
    if not ray.is_initialized():
        quiet = {"logging_level": "warning", "log_to_driver": False, "runtime_env": job_env}
        try:
            if args.address:
                ray.init(address=args.address, **quiet)
            else:
                ray.init(address="local", num_cpus=args.num_cpus, include_dashboard=False, **quiet)
        except BaseException:
            if ship_dir:
                shutil.rmtree(ship_dir, ignore_errors=True)
            raise
    profile = ray.remote(**options)(profile_task)
    profile_merge = ray.remote(**options)(profile_merge_task)
    stage1 = ray.remote(**options)(stage1_task)
    stage2 = ray.remote(**options)(stage2_task)
    stage3 = ray.remote(**options)(stage3_task)
    n = cfg["n"]
    started = time.monotonic()
    extra = {"shards": n, "cpus_per_shard": cfg["cpus"], "per_shard": []}

    def gather(refs, what, report):
        """Waits for every task; reports each as it ends; raises RunFailed after all have ended."""
        pending, results, errors, done = dict(refs), {}, [], 0
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            i = pending.pop(ready[0])
            done += 1
            try:
                results[i] = ray.get(ready[0])
                report(i, results[i], done)
            except Exception as e:  # noqa: BLE001 (a task's failure, reported with the others)
                errors.append(f"{what} {i}/{n}: {e}")
                say(f"{what}: shard {i} FAILED ({done}/{n})")
        if errors:
            raise RunFailed("\n".join(errors) + "\nrerun the same command to resume (finished shards are not redone)")
        return [results[i] for i in sorted(results)]

    try:
        # Stage 0: the site chrome, learned once for all shards.
        if cfg["learn"]:
            t = time.monotonic()
            say(f"profile stage: {n} shards' pages into {cfg['stage']}")
            gather({profile.remote(cfg, i): i for i in range(n)}, "profile",
                   lambda i, r, d: say(f"profile: {d}/{n} shards done"))
            try:
                merged = ray.get(profile_merge.remote(cfg))
            except Exception as e:  # noqa: BLE001
                raise RunFailed(f"profile merge: {e}\nrerun the same command to resume") from e
            say(f"profile: {merged['message'].removeprefix('tanqiya: ')}")
            extra["profile_seconds"] = time.monotonic() - t
        # Stage 1
        say(f"stage 1: cleaning {len(cfg['inputs'])} input path(s) in {n} shards into {cfg['stage']}")
        t = time.monotonic()
        cleaned = gather({stage1.remote(cfg, i): i for i in range(n)}, "stage 1",
                         lambda i, r, d: say(f"stage 1: {d}/{n} shards done; shard {i}: {describe(r)}"))
        extra["stage1_seconds"] = time.monotonic() - t
        # Stage 2
        t = time.monotonic()
        try:
            decided = ray.get(stage2.remote(cfg))
        except Exception as e:  # noqa: BLE001
            raise RunFailed(f"global step: {e}\nrerun the same command to resume") from e
        extra["global_seconds"] = time.monotonic() - t
        extra["global"] = {k: decided[k] for k in ("seconds", "peak_rss_kb", "node", "skipped")}
        say(f"global step: {decided['message'].removeprefix('tanqiya: ')} ({decided['seconds']:.1f} s{rss(decided)} "
            f"on {decided['node']})")
        # Stage 3
        t = time.monotonic()
        applied = gather({stage3.remote(cfg, i): i for i in range(n)}, "apply",
                         lambda i, r, d: say(f"apply: {d}/{n} shards done; {r['message'].removeprefix('tanqiya: ')}"))
        extra["apply_seconds"] = time.monotonic() - t
    finally:
        if ship_dir:
            shutil.rmtree(ship_dir, ignore_errors=True)

    for c, a in zip(cleaned, applied):
        extra["per_shard"].append({
            "shard": c["shard"], "inputs": c["stats"]["inputs"], "pages": c["stats"]["pages"],
            "articles": {"found": c["stats"]["articles"]["found"], "dropped": a["dropped"]},
            "bytes_in": c["stats"]["bytes_in"], "bytes_out": a["bytes_out"], "stage1_seconds": c["seconds"],
            "stage1_peak_rss_kb": c["peak_rss_kb"], "stage1_skipped": c["skipped"], "node": c["node"]})
    outputs = {}
    t = time.monotonic()
    if not args.no_concat:
        parts = [part_paths(cfg, i) for i in range(n)]
        outputs = {"output": f"{cfg['out']}.{cfg['ext']}", "duplicates": f"{cfg['out']}.dups.jsonl"}
        concatenate([p for p, _ in parts], outputs["output"])
        concatenate([d for _, d in parts], outputs["duplicates"])
    extra["concat_seconds"] = time.monotonic() - t
    # Temporaries of killed attempts (".NAME.tmp-PID"): nothing writes to these directories now.
    for leftover in glob.glob(os.path.join(cfg["stage"], ".*.tmp-*")) + glob.glob(os.path.join(cfg["parts"], ".*.tmp-*")):
        os.remove(leftover)
    merged = merge_stats(cfg, n, time.monotonic() - started, extra)
    outputs["stats"] = f"{cfg['out']}.stats.json"
    replace_file(outputs["stats"], lambda f: f.write((json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()))
    inp, art = merged["inputs"], merged["articles"]
    dups = ", ".join(f"{v} {k}" for k, v in sorted(art["duplicates"].items())) or "none"
    say(f"done: {inp['total']} inputs ({inp['cleaned']} cleaned, {inp['skipped']} skipped, {inp['failed']} failed), {merged['pages']} pages, "
        f"{art['written']} articles written, duplicates dropped: {dups}; {merged['wall_seconds']:.1f} s "
        f"(stage 1 {extra['stage1_seconds']:.1f} s, global {extra['global_seconds']:.1f} s, "
        f"apply {extra['apply_seconds']:.1f} s, concat {extra['concat_seconds']:.1f} s)")
    for f in merged.get("failures", []):
        # A failure without "input" is a run's own (an output it could not write).
        say(f"failed input: {f['input']}: {f['error']}" if "input" in f else f"failed: {f['error']}")
    say("wrote " + ", ".join(outputs.values()) + ("" if outputs.get("output") else f" (parts in {cfg['parts']})"))
    return merged


def main(argv=None):
    args = parse_args(argv)
    try:
        import ray  # noqa: F401
    except ImportError:
        log("error: ray is not installed for this Python: python3 -m venv .venv-ray && "
            ".venv-ray/bin/pip install -r contrib/ray/requirements.txt, then run it with .venv-ray/bin/python")
        return EXIT_USAGE
    try:
        merged = run(args)
    except UsageError as e:
        log(f"error: {e}")
        return EXIT_USAGE
    except RunFailed as e:
        log(f"FAILED: {e}")
        return EXIT_INPUTS_FAILED
    return EXIT_INPUTS_FAILED if merged["inputs"]["failed"] else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
