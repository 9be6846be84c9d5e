#!/bin/sh
# HAProxy's health check of a Galera node (external-check): up only while the node is Synced
# (wsrep_local_state 4). A node that is still joining, or a donor that an rsync transfer
# blocks, answers connections but must not receive the application's writes.
# HAProxy calls it with: <proxy address> <proxy port> <server address> <server port>.
state="$(mariadb --no-defaults --connect-timeout=2 -h "$3" -P "$4" -u haproxy -N -B \
    -e "SHOW GLOBAL STATUS LIKE 'wsrep_local_state'" 2>/dev/null | cut -f2)"
[ "$state" = 4 ]
