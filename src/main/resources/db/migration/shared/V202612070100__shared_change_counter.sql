-- Change counters of per-instance caches (issue 24): the module that changes cached data raises its
-- counter in the same transaction; every instance compares it with the version of its copy (read at most
-- once a second) and rebuilds the copy when it moved.
CREATE TABLE change_counter (
    name    VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);
