# Shared by the benchmark scripts (sourced, not run): the packaged jar, a Debian package a script needs, a
# free loopback port, waiting for the service to be healthy, and stopping it at the end. Each failure is
# reported through the sourcing script's own `fail`.

# Builds the packaged jar when it is missing.
bench_jar() {
    [[ -f $1 ]] && return 0
    printf 'building %s (not there yet)\n' "$1"
    timeout 900 ./mvnw -q -B -DskipTests package
}

# Installs a Debian package when its command is missing: bench_install COMMAND PACKAGE.
bench_install() {
    command -v "$1" >/dev/null && return 0
    printf 'installing %s from Debian\n' "$2"
    local sudo=""
    ((EUID == 0)) || sudo=sudo
    timeout 300 $sudo apt-get update -qq
    timeout 300 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# Prints a free port on the loopback: one that nothing answers on (connecting to it fails).
bench_free_port() {
    local candidate
    for _ in $(seq 50); do
        candidate=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    fail "no free port found"
}

# Waits up to 180 s for health: bench_healthy BASE_URL PID LOG.
bench_healthy() {
    for i in $(seq 180); do
        curl -fsS -m 2 "$1/actuator/health" >/dev/null 2>&1 && return 0
        kill -0 "$2" 2>/dev/null || { tail -n 30 "$3" >&2; fail "the service stopped while starting"; }
        ((i < 180)) || { tail -n 30 "$3" >&2; fail "the service was not healthy within 180 s"; }
        sleep 1
    done
}

# Stops the service the script started (its pid in SERVICE_PID, if any) and removes the script's temporary
# folder WORK, unless BENCH_KEEP=1; for `trap bench_cleanup EXIT`.
bench_cleanup() {
    if [[ -n ${SERVICE_PID:-} ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill -TERM "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL "$SERVICE_PID" 2>/dev/null || true
    fi
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then printf 'kept %s\n' "$WORK"; else rm -rf "$WORK"; fi
}
