-- workload.sql — queries whose expressions and tuple deforming PostgreSQL JIT-compiles: filters,
-- projections, aggregates, CASE, numeric / text / date functions, joins, window functions. Every
-- query orders its result, so runs with and without JIT can be compared line by line.
SELECT k, count(*), sum(n), min(s), max(d), round(avg(f)::numeric, 6) FROM items WHERE id % 3 = 0 AND flag GROUP BY k ORDER BY k;
SELECT id, n * 3 - 7, upper(substr(s, 1, 6)), d + 30, extract(dow FROM d), coalesce(maybe, -1) FROM items WHERE id BETWEEN 5000 AND 5100 ORDER BY id;
SELECT CASE WHEN n < 1000 THEN 'small' WHEN n < 50000 THEN 'medium' ELSE 'large' END AS size, count(*), sum(n)::numeric(20, 2) FROM items GROUP BY 1 ORDER BY 1;
SELECT date_trunc('month', d)::date AS month, count(*), sum(maybe), count(maybe) FROM items GROUP BY 1 ORDER BY 1;
SELECT length(s) + position('a' IN s), replace(s, 'a', 'A'), s || '-' || id::text FROM items WHERE s LIKE 'ab%' ORDER BY id;
SELECT o.status, count(*), sum(o.qty * i.n), max(i.s) FROM orders o JOIN items i ON i.id = o.item_id WHERE o.placed < date '2021-07-01' GROUP BY o.status ORDER BY o.status;
SELECT i.k, sum(o.qty) FILTER (WHERE o.status = 'paid') AS paid, sum(o.qty) FILTER (WHERE o.status <> 'paid') AS other FROM items i LEFT JOIN orders o ON o.item_id = i.id WHERE i.k < 10 GROUP BY i.k ORDER BY i.k;
SELECT id, k, n, sum(n) OVER (PARTITION BY k ORDER BY id) AS running, rank() OVER (PARTITION BY k ORDER BY n DESC) FROM items WHERE k IN (3, 5) AND id < 3000 ORDER BY k, id;
SELECT k, percentile_cont(0.5) WITHIN GROUP (ORDER BY f), stddev_samp(n)::numeric(20, 6), bool_and(flag), bool_or(flag) FROM items GROUP BY k ORDER BY k;
SELECT count(*) FROM items WHERE (n % 7 = 3 OR f > 140) AND NOT flag AND maybe IS NOT NULL AND s > '8';
SELECT abs(n - 50000)::numeric(12, 2), sqrt(f)::numeric(12, 6), power(k, 2), mod(id, 13), greatest(k, maybe), least(k, maybe), round(n / 3, 3) FROM items WHERE id % 997 = 0 ORDER BY id;
SELECT to_char(d, 'YYYY-MM-DD Dy'), age(date '2024-01-01', d), d - date '2020-01-01', make_date(2020, 1 + id % 12, 1) FROM items WHERE id % 1999 = 0 ORDER BY id;
SELECT o.placed, count(DISTINCT o.item_id), sum(o.qty) FROM orders o WHERE o.status IN ('shipped', 'returned') GROUP BY o.placed HAVING sum(o.qty) > 600 ORDER BY o.placed;
SELECT x.k, x.total, lag(x.total) OVER (ORDER BY x.k), lead(x.total, 2) OVER (ORDER BY x.k) FROM (SELECT k, sum(n) AS total FROM items GROUP BY k) x ORDER BY x.k;
SELECT i.id, i.s, o.id, o.qty FROM items i JOIN orders o ON o.item_id = i.id WHERE i.id < 200 AND o.qty > 5 ORDER BY i.id, o.id;
