"""schedctl against curl on the same HTTPS GET, against the emulator (see BENCHMARKS.md).

Run through bench/run, which builds the release binaries first. Standard library only.
Each case runs schedctl and curl alternately (schedctl, curl, schedctl, curl, ...) so that
both see the same machine noise; it reports the medians, the median of the pairwise ratios
with its quartiles, and the peak RSS of each process (from wait4's rusage).
"""

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
X_MS_VERSION = "2013-06-01"


def run_timed(argv, env):
    """Runs argv; returns (seconds, stdout bytes)."""
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench: {argv[0]} failed ({proc.returncode}): "
                 f"{proc.stderr.decode(errors='replace')}")
    return elapsed, proc.stdout


def run_pipeline(first, second, env):
    """curl | jq, timed until both end; returns (seconds, stdout bytes)."""
    start = time.perf_counter()
    a = subprocess.Popen(first, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         stdin=subprocess.DEVNULL)
    b = subprocess.Popen(second, env=env, stdin=a.stdout, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    a.stdout.close()
    out = b.stdout.read()
    if a.wait() != 0 or b.wait() != 0:
        sys.exit(f"bench: {first[0]} | {second[0]} failed")
    return time.perf_counter() - start, out


def peak_rss(argv, env, runs=5, stdin=b""):
    """Median peak RSS in KiB, by GNU time in runs of their own. (A child's ru_maxrss counts
    the memory of whoever forked it before exec, so Python cannot read it directly.)"""
    values = []
    for _ in range(runs):
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], env=env,
                              capture_output=True, input=stdin)
        values.append(int(proc.stderr.decode().strip().splitlines()[-1]))
    return int(statistics.median(values))


def quartiles(values):
    q = statistics.quantiles(values, n=4)
    return q[0], statistics.median(values), q[2]


def ms(s):
    return f"{s * 1000:.1f}"


class Emulator:
    def __init__(self, binary, folder):
        self.stats = os.path.join(folder, "stats")
        self.dir = os.path.join(folder, "emulator")
        self.proc = subprocess.Popen(
            [binary, "serve", "--dir", self.dir, "--stats-file", self.stats],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        timer = threading.Timer(30, self.proc.kill)
        timer.start()
        try:
            for line in self.proc.stdout:
                if line.startswith("listening on "):
                    self.endpoint = line.split()[-1]
                    break
            else:
                sys.exit("bench: the emulator ended before listening: " + self.proc.stderr.read())
        finally:
            timer.cancel()

    def counters(self):
        """(connections, requests), once the emulator's stats file has settled."""
        last = None
        while True:
            try:
                with open(self.stats) as f:
                    now = dict(line.split() for line in f if line.strip())
            except FileNotFoundError:
                now = {}
            now = (int(now.get("connections", 0)), int(now.get("requests", 0)))
            if now == last:
                return now
            last = now
            time.sleep(0.05)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait()


def split_pem(path):
    with open(path) as f:
        return re.findall(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----\n?", f.read(),
                          re.S)


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break

    def first_line(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0]
        except (OSError, IndexError):
            return "unknown"

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "kernel": platform.release(),
        "openssl": first_line(["openssl", "version"]),
        "curl": first_line(["curl", "--version"]),
        "jq": first_line(["jq", "--version"]),
        "rustc": first_line(["rustc", "--version"]),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin-dir", required=True)
    parser.add_argument("--pairs", type=int, default=40)
    parser.add_argument("--schedctl", help="another schedctl binary to measure (A/B runs)")
    parser.add_argument("--only", help="comma-separated case keys to run (a, b, e, field, "
                        "field-e, pfx, f); default all, with the connection counts")
    args = parser.parse_args()
    schedctl = args.schedctl or os.path.join(args.bin_dir, "schedctl")
    emulator_bin = os.path.join(args.bin_dir, "schedctl-emulator")
    curl = shutil.which("curl")
    jq = shutil.which("jq")

    folder = tempfile.mkdtemp(prefix="schedctl-bench-")
    os.chmod(folder, 0o700)
    home = os.path.join(folder, "home")
    os.mkdir(home)
    emu = Emulator(emulator_bin, folder)
    try:
        bench(args, schedctl, curl, jq, emu, folder, home)
    finally:
        emu.stop()
        shutil.rmtree(folder, ignore_errors=True)


def bench(args, schedctl, curl, jq, emu, folder, home):
    d = emu.dir
    ca, cert, key = (os.path.join(d, n) for n in ("ca.pem", "client.pem", "client.key"))
    config = os.path.join(d, "config.toml")
    with open(config) as f:
        text = f.read()
    platform_config = os.path.join(d, "platform.toml")
    with open(platform_config, "w") as f:
        f.write(re.sub(r"(?m)^ca_certificate = .*\n", "", text))
    pfx = os.path.join(d, "client.pfx")
    old = os.umask(0o077)
    # An empty export password: nothing secret on a command line.
    subprocess.run(["openssl", "pkcs12", "-export", "-in", cert, "-inkey", key, "-out", pfx,
                    "-passout", "pass:"], check=True)
    os.umask(old)
    pfx_config = os.path.join(d, "pfx.toml")
    with open(pfx_config, "w") as f:
        f.write(re.sub(r'(?m)^certificate = .*\nprivate_key = .*\n',
                       'certificate = "client.pfx"\n', text))

    # The realistic trust store: the system bundle plus the emulator's CA, as one file (b)
    # and as a hashed directory of the same certificates (e).
    combined = os.path.join(folder, "combined.pem")
    certs = split_pem(SYSTEM_BUNDLE) + split_pem(ca)
    with open(combined, "w") as f:
        f.writelines(c if c.endswith("\n") else c + "\n" for c in certs)
    hashed = os.path.join(folder, "hashed")
    os.mkdir(hashed)
    for i, c in enumerate(certs):
        with open(os.path.join(hashed, f"cert-{i:03}.pem"), "w") as f:
            f.write(c)
    subprocess.run(["openssl", "rehash", hashed], check=True, capture_output=True)
    empty = os.path.join(folder, "empty")
    os.mkdir(empty)

    base_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LC_ALL": "C"}
    env_one = dict(base_env, SCHEDCTL_CONFIG=config)
    env_platform = dict(base_env, SCHEDCTL_CONFIG=platform_config, SSL_CERT_FILE=combined,
                        SSL_CERT_DIR=hashed)
    env_pfx = dict(base_env, SCHEDCTL_CONFIG=pfx_config)

    trace = subprocess.run([schedctl, "-vv", "job", "get", "myjc", "job1", "-o", "json"],
                           env=env_one, capture_output=True, text=True)
    url = re.search(r"> GET (\S+)", trace.stderr).group(1)
    job = ["job", "get", "myjc", "job1"]
    curl_base = [curl, "-q", "-sS", "-f", "-H", f"x-ms-version: {X_MS_VERSION}", "-H",
                 "accept: application/json", "--cert", cert, "--key", key]

    cases = [
        ("a", "(a) one-certificate trust store (emulator CA)",
         ([schedctl, *job, "-o", "json"], env_one),
         (curl_base + ["--cacert", ca, "--capath", empty, url], base_env), None),
        ("b", f"(b) system bundle + emulator CA as one file ({len(certs)} certificates)",
         ([schedctl, "--ca-cert", combined, *job, "-o", "json"], env_one),
         (curl_base + ["--cacert", combined, "--capath", empty, url], base_env), None),
        ("e", "(e) the same as SSL_CERT_FILE + SSL_CERT_DIR (hashed); curl --cacert + --capath",
         ([schedctl, *job, "-o", "json"], env_platform),
         (curl_base + ["--cacert", combined, "--capath", hashed, url], base_env), None),
        ("field", "--field state vs curl \\| jq -r .state, one-certificate trust store",
         ([schedctl, *job, "--field", "state"], env_one),
         (curl_base + ["--cacert", ca, "--capath", empty, url], base_env), [jq, "-r", ".state"]),
        ("field-e", "--field state vs curl \\| jq -r .state, (e) realistic trust store",
         ([schedctl, *job, "--field", "state"], env_platform),
         (curl_base + ["--cacert", combined, "--capath", hashed, url], base_env),
         [jq, "-r", ".state"]),
        ("pfx", "PKCS#12 (.pfx, empty password), one-certificate trust store",
         ([schedctl, *job, "-o", "json"], env_pfx),
         ([curl, "-q", "-sS", "-f", "-H", f"x-ms-version: {X_MS_VERSION}", "-H",
           "accept: application/json", "--cert-type", "P12", "--cert", pfx, "--cacert", ca,
           "--capath", empty, url], base_env), None),
    ]

    info = machine()
    print("# schedctl vs curl")
    print()
    for k, v in info.items():
        print(f"- {k}: {v}")
    print(f"- pairs per case: {args.pairs} (interleaved, after 3 warm-up pairs)")
    print(f"- URL: {url}")
    print()
    print("| case | schedctl median ms (IQR) | curl median ms (IQR) | ratio median (IQR) "
          "| schedctl peak RSS KiB | curl (+ jq) peak RSS KiB |")
    print("|---|---|---|---|---|---|")
    only = set(args.only.split(",")) if args.only else None
    for key, name, (s_argv, s_env), (c_argv, c_env), pipe in cases:
        if only is not None and key not in only:
            continue
        # Same answer from both, checked once.
        _, s_out = run_timed(s_argv, s_env)
        _, json_out = run_timed(c_argv, c_env)
        if pipe:
            _, c_out = run_pipeline(c_argv, pipe, c_env)
            assert s_out.strip() == c_out.strip(), (s_out, c_out)
        else:
            _, c_out = run_timed(c_argv, c_env)
            assert json.loads(s_out) == json.loads(c_out), name
        s_times, c_times, ratios = [], [], []
        for i in range(args.pairs + 3):
            st, _ = run_timed(s_argv, s_env)
            if pipe:
                ct, _ = run_pipeline(c_argv, pipe, c_env)
            else:
                ct, _ = run_timed(c_argv, c_env)
            if i < 3:
                continue
            s_times.append(st)
            c_times.append(ct)
            ratios.append(st / ct)
        sq, cq, rq = quartiles(s_times), quartiles(c_times), quartiles(ratios)
        c_rss = str(peak_rss(c_argv, c_env))
        if pipe:
            c_rss += f" + jq {peak_rss(pipe, c_env, stdin=json_out)}"
        print(f"| {name} | {ms(sq[1])} ({ms(sq[0])}–{ms(sq[2])}) "
              f"| {ms(cq[1])} ({ms(cq[0])}–{ms(cq[2])}) "
              f"| **{rq[1]:.2f}** ({rq[0]:.2f}–{rq[2]:.2f}) "
              f"| {peak_rss(s_argv, s_env)} | {c_rss} |")
        sys.stdout.flush()

    if only is None or "f" in only:
        many_jobs(args, schedctl, emu, url, env_one, base_env,
                  curl_base + ["--cacert", ca, "--capath", empty])
    if only is not None:
        return

    print()
    size = os.path.getsize(schedctl)
    stripped = os.path.join(folder, "schedctl.stripped")
    shutil.copy(schedctl, stripped)
    subprocess.run(["strip", stripped], check=True)
    print(f"Binary: {size} bytes as built, {os.path.getsize(stripped)} bytes stripped "
          f"({os.path.getsize(stripped) / 1048576:.2f} MiB).")
    print()

    # One TLS handshake for many requests: the emulator's own counters.
    before = emu.counters()
    subprocess.run([schedctl, "job", "list", "big", "-o", "json"], env=env_one, check=True,
                   stdout=subprocess.DEVNULL)
    after = emu.counters()
    print(f"`job list big` (250 jobs, pages of 100): {after[1] - before[1]} requests on "
          f"{after[0] - before[0]} connection(s).")
    before = emu.counters()
    wait = subprocess.run([schedctl, "job", "wait", "myjc", "job1", "--for", "state=completed",
                           "--interval", "50ms", "--timeout", "520ms"], env=env_one,
                          capture_output=True, text=True)
    after = emu.counters()
    print(f"`job wait` (50 ms interval, 520 ms timeout; exit {wait.returncode}, timed out as "
          f"intended): {after[1] - before[1]} polls on {after[0] - before[0]} connection(s).")


def many_jobs(args, schedctl, emu, url, env, curl_env, curl_argv):
    """(f) the state of 20 jobs: one schedctl, one curl given the 20 URLs (it reuses its
    connection), and a shell loop of 20 curl runs, interleaved; medians, ratios, handshakes."""
    ids = [f"job-{i:03}" for i in range(1, 21)]
    prefix = url.split("/jobCollections/")[0] + "/jobCollections/big/jobs/"
    query = url.split("?", 1)[1]
    urls = [f"{prefix}{job}?{query}" for job in ids]
    s_argv = [schedctl, "job", "get", "big", *ids, "--field", "id", "--field", "state"]
    one_curl = curl_argv + urls
    script = " ".join(shlex.quote(a) for a in curl_argv) + ' "$u" || exit 1'
    loop = ["sh", "-c", f"for u in \"$@\"; do {script}; done", "sh", *urls]

    # Same answer from all three, checked once, and the handshakes of each (the emulator
    # counts TCP connections before their TLS handshake).
    runs = {}
    for label, argv, e in (("schedctl", s_argv, env), ("curl", one_curl, curl_env),
                           ("loop", loop, curl_env)):
        before = emu.counters()
        _, out = run_timed(argv, e)
        after = emu.counters()
        runs[label] = (out, after[0] - before[0], after[1] - before[1])
    expected = runs["schedctl"][0].decode()
    assert [line.split("\t")[0] for line in expected.splitlines()] == ids, expected
    for label in ("curl", "loop"):
        text, jobs, decoder = runs[label][0].decode(), [], json.JSONDecoder()
        i = 0
        while i < len(text):
            if text[i].isspace():
                i += 1
                continue
            job, i = decoder.raw_decode(text, i)
            jobs.append(f"{job['id']}\t{job['state']}\n")
        assert "".join(jobs) == expected, (label, text[:200])

    times = {"schedctl": [], "curl": [], "loop": []}
    for i in range(args.pairs + 3):
        st, _ = run_timed(s_argv, env)
        ct, _ = run_timed(one_curl, curl_env)
        lt, _ = run_timed(loop, curl_env)
        if i < 3:
            continue
        times["schedctl"].append(st)
        times["curl"].append(ct)
        times["loop"].append(lt)
    vs_curl = quartiles([a / b for a, b in zip(times["schedctl"], times["curl"])])
    vs_loop = quartiles([a / b for a, b in zip(times["schedctl"], times["loop"])])
    print()
    print("(f) the state of 20 jobs of `big`: `schedctl job get big job-001 … job-020 --field id "
          "--field state`, one `curl` given the 20 URLs, a shell loop of 20 `curl` runs")
    print()
    print("| command | median ms (IQR) | TLS handshakes | requests | schedctl / this, median (IQR) |")
    print("|---|---|---|---|---|")
    for label, name, ratio in (("schedctl", "schedctl job get, 20 names", None),
                               ("curl", "one curl, 20 URLs", vs_curl),
                               ("loop", "shell loop of 20 curl", vs_loop)):
        q = quartiles(times[label])
        r = "—" if ratio is None else f"**{ratio[1]:.2f}** ({ratio[0]:.2f}–{ratio[2]:.2f})"
        print(f"| {name} | {ms(q[1])} ({ms(q[0])}–{ms(q[2])}) | {runs[label][1]} "
              f"| {runs[label][2]} | {r} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
