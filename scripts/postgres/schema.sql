-- schema.sql — the tables postgres-jit.sh queries: 100,000 items and 200,000 orders.
CREATE TABLE items AS
SELECT g AS id,
       g % 97 AS k,
       md5(g::text) AS s,
       date '2020-01-01' + (g % 1000) AS d,
       (g * 1.25)::numeric(12, 2) AS n,
       (g % 1013) / 7.0::float8 AS f,
       CASE WHEN g % 10 = 0 THEN NULL ELSE g % 17 END AS maybe,
       (g % 3 = 0) AS flag
FROM generate_series(1, 100000) g;

CREATE TABLE orders AS
SELECT g AS id,
       1 + (g * 7919) % 100000 AS item_id,
       1 + g % 9 AS qty,
       date '2021-01-01' + (g % 365) AS placed,
       (ARRAY['new', 'paid', 'shipped', 'returned'])[1 + g % 4] AS status
FROM generate_series(1, 200000) g;

ANALYZE items;
ANALYZE orders;
