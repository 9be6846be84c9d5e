#!/usr/bin/env bash
# Samskab as a cluster on one machine, on loopback ports: three MariaDB Galera nodes, three
# Payara Micro nodes forming a Hazelcast cluster, and HAProxy in front of both.
#
#   cluster.sh up                  build nothing; start everything (installs Debian packages if missing)
#   cluster.sh down                stop everything (the data stays in the run folder)
#   cluster.sh status              what runs, and the Galera cluster's size
#   cluster.sh kill app|db N       SIGKILL one node, as a crash would
#   cluster.sh start app|db N      start one node again (a database node rejoins by IST or SST)
#   cluster.sh restart app N       graceful: drain it on HAProxy, stop, start, wait until ready, enable
#   cluster.sh balance app N STATE on HAProxy: ready (takes requests), drain or maint (takes none)
#
# Settings (environment): CLUSTER_DIR (run folder, default ./cluster-run), SAMSKAB_WAR and
# MICRO_JAR (default target/), CLUSTER_PORT_BASE (default 20000), SAMSKAB_DEMO_DATA (default true),
# CLUSTER_APP_HEAP (default 768m), CLUSTER_APP_JAVA_OPTS (more JVM options for the application nodes).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="$(mkdir -p "${CLUSTER_DIR:-$PWD/cluster-run}" && cd "${CLUSTER_DIR:-$PWD/cluster-run}" && pwd)"
war="${SAMSKAB_WAR:-$root/target/samskab.war}"
micro="${MICRO_JAR:-$root/target/payara-micro.jar}"
base="${CLUSTER_PORT_BASE:-20000}"
heap="${CLUSTER_APP_HEAP:-768m}"
read -r -a java_opts <<< "${CLUSTER_APP_JAVA_OPTS:-}"
nodes=(1 2 3)

# Ports, all on 127.0.0.1.
web_port=$((base + 80))          # HAProxy: the address users open
db_port=$((base + 306))          # HAProxy: the one database address the application uses
admin_port=$((base + 99))        # HAProxy: runtime API (drain, enable) and stats
app_port() { echo $((base + 80 + $1)); }
db_node_port() { echo $((base + 306 + $1)); }
galera_port() { echo $((base + 4566 + $1)); }
ist_port() { echo $((base + 4576 + $1)); }
sst_port() { echo $((base + 4586 + $1)); }
hz_port() { echo $((base + 5900 + 10 * $1)); }

log() { echo "[cluster] $*" >&2; }
fail() { echo "[cluster] $*" >&2; exit 1; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# As root, the database servers run as Debian's "mysql" user (made by the package): their state
# transfer's rsync daemon would otherwise drop to "nobody" and could not write the data folder.
as_root_args() { if [ "$(id -u)" -eq 0 ]; then echo "--user=mysql"; fi; }
own_db_dir() { if [ "$(id -u)" -eq 0 ]; then chown -R mysql:mysql "$1"; fi; }

db_conf() {
    local n=$1 members=""; local d="$dir/db$n"
    for m in "${nodes[@]}"; do members="${members:+$members,}127.0.0.1:$(galera_port "$m")"; done
    cat > "$d/my.cnf" <<EOF
[mysqld]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=$(db_node_port "$n")
bind-address=127.0.0.1
character-set-server=utf8mb4
skip-name-resolve
max_connections=300
# The schema has triggers; the application user has no SUPER privilege.
log_bin_trust_function_creators=1
innodb_buffer_pool_size=128M
innodb_flush_log_at_trx_commit=2
# Galera: row-based replication, InnoDB only, interleaved auto-increment locks.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=samskab
wsrep_cluster_address=gcomm://$members
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$(galera_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(galera_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
EOF
}

sql() { # sql N statement...
    mariadb --no-defaults -uroot -S "$dir/db$1/mysqld.sock" -N -B -e "$2"
}

wait_db_synced() {
    local n=$1 tries=240
    while [ $tries -gt 0 ]; do
        if [ -S "$dir/db$n/mysqld.sock" ] \
            && [ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = "Synced" ]; then
            return 0
        fi
        alive "$dir/db$n/server.pid" || fail "database node $n stopped; see $dir/db$n/error.log"
        sleep 0.5; tries=$((tries - 1))
    done
    fail "database node $n did not reach Synced; see $dir/db$n/error.log"
}

start_db() { # start_db N [bootstrap]
    local n=$1; local d="$dir/db$n"
    alive "$d/server.pid" && { log "database node $n runs already"; return 0; }
    mkdir -p "$d/data"
    db_conf "$n"
    own_db_dir "$d"
    local extra=()
    if [ "${2:-}" = bootstrap ]; then extra+=(--wsrep-new-cluster); fi
    # shellcheck disable=SC2046
    setsid /usr/sbin/mariadbd --defaults-file="$d/my.cnf" $(as_root_args) "${extra[@]}" >>"$d/console.log" 2>&1 &
    echo $! > "$d/server.pid"
    wait_db_synced "$n"
    log "database node $n synced (port $(db_node_port "$n"))"
}

init_database() {
    local d="$dir/db1"
    [ -d "$d/data/mysql" ] && return 0
    mkdir -p "$d/data"
    own_db_dir "$d"
    # shellcheck disable=SC2046
    mariadb-install-db --no-defaults --datadir="$d/data" $(as_root_args) --auth-root-authentication-method=socket \
        --skip-test-db >"$d/install.log" 2>&1 || fail "mariadb-install-db failed; see $d/install.log"
    touch "$dir/needs-users"
}

create_users() {
    [ -f "$dir/needs-users" ] || return 0
    [ -f "$dir/db-password" ] || { head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/db-password"; chmod 600 "$dir/db-password"; }
    local password; password="$(cat "$dir/db-password")"
    sql 1 "CREATE DATABASE IF NOT EXISTS samskab CHARACTER SET utf8mb4;
           CREATE USER IF NOT EXISTS 'samskab'@'127.0.0.1' IDENTIFIED BY '$password';
           GRANT ALL ON samskab.* TO 'samskab'@'127.0.0.1';
           CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1';"
    rm -f "$dir/needs-users"
}

haproxy_conf() {
    local web_servers="" db_servers="" n
    for n in "${nodes[@]}"; do
        web_servers+="    server app$n 127.0.0.1:$(app_port "$n") check inter 1s fall 2 rise 2"$'\n'
        # One writer at a time: the others are backups, so that Galera never has to reject a
        # write that conflicts with one on another node (certification failure).
        local backup=""; [ "$n" -gt 1 ] && backup=" backup"
        db_servers+="    server db$n 127.0.0.1:$(db_node_port "$n") check inter 1s fall 2 rise 3 on-marked-down shutdown-sessions$backup"$'\n'
    done
    cat > "$dir/haproxy.cfg" <<EOF
global
    maxconn 8000
    stats socket ipv4@127.0.0.1:$admin_port level admin
    # The database check runs galera-check.sh, a process of its own.
    external-check
    insecure-fork-wanted
    log stdout format raw local0 info

defaults
    # Only what went wrong: requests answered 5xx or cut, servers going up and down.
    log global
    option dontlog-normal
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    timeout queue 30s
    # A request that could not reach a node (connection refused) goes to another one.
    retries 3
    option redispatch 1
    # A request whose connection was refused goes to another node; so does a page read (GET)
    # that a starting or stopping node answered with 503 or not at all. A form sent (POST) is
    # never sent twice by the balancer: the node may have saved it before it failed.
    retry-on conn-failure empty-response 503

frontend web
    mode http
    bind 127.0.0.1:$web_port
    option httplog
    option forwardfor
    # Some clients (Java's HttpClient among them) ask to upgrade plain HTTP/1.1 to HTTP/2 (h2c).
    # Granted, the connection becomes a tunnel to one node that no longer balances or drains.
    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
    http-request del-header HTTP2-Settings
    default_backend app

backend app
    mode http
    balance roundrobin
    http-request disable-l7-retry unless METH_GET
    option httpchk GET /health/ready
    http-check expect status 200
$web_servers
listen database
    mode tcp
    bind 127.0.0.1:$db_port
    option tcplog
    # A node takes writes only while Galera says it is Synced, not while it joins or donates.
    option external-check
    external-check path "/usr/bin:/bin"
    external-check command $here/galera-check.sh
    # Every connection goes to the node the first one went to, until that node fails: after a
    # failed node comes back, the writes stay where they are instead of splitting over two nodes.
    stick-table type integer size 1
    stick on int(1)
$db_servers
EOF
}

start_haproxy() {
    alive "$dir/haproxy.pid" && return 0
    haproxy_conf
    /usr/sbin/haproxy -c -q -f "$dir/haproxy.cfg" || fail "invalid HAProxy configuration $dir/haproxy.cfg"
    setsid /usr/sbin/haproxy -f "$dir/haproxy.cfg" >>"$dir/haproxy.log" 2>&1 &
    echo $! > "$dir/haproxy.pid"
    log "HAProxy: application at http://127.0.0.1:$web_port, database at 127.0.0.1:$db_port"
}

haproxy_admin() {
    exec 3<>"/dev/tcp/127.0.0.1/$admin_port"
    printf '%s\n' "$1" >&3
    cat <&3
    exec 3<&-
}

start_app() {
    local n=$1; local d="$dir/app$n"
    alive "$d/server.pid" && { log "application node $n runs already"; return 0; }
    [ -f "$war" ] || fail "no WAR at $war; build with 'mvn package' first"
    [ -f "$micro" ] || fail "no Payara Micro at $micro; build with 'mvn package' first"
    rm -rf "$d/payara-root"; mkdir -p "$d"
    if [ -f "$d/payara.log" ]; then mv "$d/payara.log" "$d/payara.previous.log"; fi
    local members="" m
    for m in "${nodes[@]}"; do members="${members:+$members,}127.0.0.1:$(hz_port "$m")"; done
    (
        cd "$d"
        SAMSKAB_DB_HOST=127.0.0.1 SAMSKAB_DB_PORT=$db_port SAMSKAB_DB_NAME=samskab SAMSKAB_DB_USER=samskab \
        SAMSKAB_DB_PASSWORD="$(cat "$dir/db-password")" SAMSKAB_DEMO_DATA="${SAMSKAB_DEMO_DATA:-true}" \
        SAMSKAB_TRUSTED_PROXIES=127.0.0.1 SAMSKAB_PUBLIC_URL="http://127.0.0.1:$web_port" \
        setsid java -Xmx"$heap" "${java_opts[@]}" -jar "$micro" --deploy "$war" --contextroot / \
            --port "$(app_port "$n")" --name "app$n" --rootdir "$d/payara-root" \
            --clustername samskab --clustermode "tcpip:$members" --interfaces 127.0.0.1 \
            --startport "$(hz_port "$n")" --nohostaware \
            --prebootcommandfile "$root/deployment/pre-boot-commands.asadmin" \
            --postbootcommandfile "$root/deployment/post-boot-commands.asadmin" \
            >>"$d/payara.log" 2>&1 &
        echo $! > "$d/server.pid"
    )
    log "application node $n starting (port $(app_port "$n"))"
}

wait_app_ready() {
    local n=$1 tries=600
    while [ $tries -gt 0 ]; do
        if curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$(app_port "$n")/health/ready" 2>/dev/null \
            && curl -fsS -o /dev/null --max-time 10 "http://127.0.0.1:$(app_port "$n")/login.xhtml" 2>/dev/null; then
            log "application node $n ready"
            return 0
        fi
        alive "$dir/app$n/server.pid" || fail "application node $n stopped; see $dir/app$n/payara.log"
        if grep -q "Payara Micro .* ready in" "$dir/app$n/payara.log" \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$(app_port "$n")/login.xhtml")" = 404 ]; then
            fail "the application did not deploy on node $n; see $dir/app$n/payara.log"
        fi
        sleep 0.5; tries=$((tries - 1))
    done
    fail "application node $n not ready; see $dir/app$n/payara.log"
}

stop_pid() { # stop_pid FILE SECONDS
    local file=$1 pid
    alive "$file" || { rm -f "$file"; return 0; }
    pid="$(cat "$file")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq $(($2 * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$file"
}

kill_pid() { alive "$1" && kill -KILL "$(cat "$1")"; rm -f "$1"; }

up() {
    bash "$here/install-packages.sh"
    init_database
    if [ -f "$dir/db1/data/grastate.dat" ] && ! alive "$dir/db1/server.pid" && [ ! -f "$dir/needs-users" ]; then
        # A cluster stopped as a whole restarts from the node that stopped last (safe_to_bootstrap).
        local first=1 n
        for n in "${nodes[@]}"; do
            grep -q "safe_to_bootstrap: 1" "$dir/db$n/data/grastate.dat" 2>/dev/null && first=$n
        done
        start_db "$first" bootstrap
        for n in "${nodes[@]}"; do [ "$n" = "$first" ] || start_db "$n"; done
    else
        start_db 1 bootstrap
        create_users
        start_db 2
        start_db 3
    fi
    start_haproxy
    # The first node migrates the schema and loads the content alone; the others then join.
    start_app 1; wait_app_ready 1
    start_app 2; start_app 3
    wait_app_ready 2; wait_app_ready 3
    log "up: http://127.0.0.1:$web_port"
}

down() {
    local n
    for n in "${nodes[@]}"; do stop_pid "$dir/app$n/server.pid" 30; done
    stop_pid "$dir/haproxy.pid" 5
    for n in 3 2 1; do stop_pid "$dir/db$n/server.pid" 60; done
    log "down"
}

status() {
    local n
    for n in "${nodes[@]}"; do
        if alive "$dir/app$n/server.pid"; then echo "app$n running port $(app_port "$n")"; else echo "app$n stopped"; fi
    done
    for n in "${nodes[@]}"; do
        if alive "$dir/db$n/server.pid"; then
            echo "db$n running port $(db_node_port "$n") cluster_size $(sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2)"
        else echo "db$n stopped"; fi
    done
    if alive "$dir/haproxy.pid"; then echo "haproxy running web $web_port database $db_port"; else echo "haproxy stopped"; fi
}

# Waits until HAProxy sends the node nothing more: no request in flight ("scur" in "show stat"),
# or no new one for 2 s (what "scur" still counts then are idle keep-alive connections), at most $2 s.
wait_drained() {
    local n=$1 tries=$(($2 * 4)) line current total last="" still=0
    while [ $tries -gt 0 ]; do
        line="$(haproxy_admin "show stat" | awk -F, -v s="app$n" '$1 == "app" && $2 == s { print $5, $8 }')"
        current="${line%% *}"; total="${line##* }"
        [ "$current" = 0 ] && return 0
        if [ "$total" = "$last" ]; then still=$((still + 1)); else still=0; last="$total"; fi
        [ $still -ge 8 ] && return 0
        sleep 0.25; tries=$((tries - 1))
    done
    log "application node $n still took requests after $2 s"
}

restart_app() {
    local n=$1
    # Drain: no new requests go to the node; the ones it is serving finish before it stops.
    haproxy_admin "set server app/app$n state drain" >/dev/null
    wait_drained "$n" 30
    stop_pid "$dir/app$n/server.pid" 30
    start_app "$n"; wait_app_ready "$n"
    haproxy_admin "set server app/app$n state ready" >/dev/null
    # HAProxy takes the node back after its health checks pass (rise 2).
    sleep 3
    log "application node $n restarted"
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) status ;;
    kill)
        case "${2:-}" in
            app) kill_pid "$dir/app${3:?node number}/server.pid"; log "killed application node $3" ;;
            db) kill_pid "$dir/db${3:?node number}/server.pid"; log "killed database node $3" ;;
            *) fail "kill app|db N" ;;
        esac ;;
    start)
        case "${2:-}" in
            app) start_app "${3:?node number}"; wait_app_ready "$3" ;;
            db) start_db "${3:?node number}" ;;
            *) fail "start app|db N" ;;
        esac ;;
    restart)
        [ "${2:-}" = app ] || fail "restart app N"
        restart_app "${3:?node number}" ;;
    balance)
        [ "${2:-}" = app ] || fail "balance app N ready|drain|maint"
        case "${4:-}" in ready|drain|maint) ;; *) fail "balance app N ready|drain|maint" ;; esac
        haproxy_admin "set server app/app${3:?node number} state $4" >/dev/null
        log "application node $3 set to $4 on HAProxy" ;;
    ports) echo "web=$web_port database=$db_port admin=$admin_port" ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
esac
