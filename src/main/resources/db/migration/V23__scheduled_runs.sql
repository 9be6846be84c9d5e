-- Scheduled work (the morning reminders, the weekly digest) runs on one node of a cluster: each
-- node's timer fires, and the node whose row goes in first does the work for that day.
CREATE TABLE scheduled_run (
    job        VARCHAR(60)  NOT NULL,
    run_on     DATE         NOT NULL,
    node       VARCHAR(120) NOT NULL,
    claimed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (job, run_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
