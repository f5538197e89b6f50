// The six segment counts of the scale benchmark, answered by DuckDB in-process from the
// workspace's raw rows (exported to CSV by bench_scale.sh): customers (id, city),
// transactions (customer_id, ordered_at, amount_minor), events (customer_id, occurred_at,
// type, channel) and the stored lifecycle stage. Each query is a direct reading of the
// field definitions in docs/SEGMENTS.md: frequency = orders (amount > 0), monetary =
// revenue net of refunds, recency in whole days before the reference day, "within N
// days" = from the start of day (reference - N + 1). Prints, per definition, the count
// and the median of 5 timed runs (after one warm-up) in milliseconds, as JSON.
// Usage: node counts.mjs DIR REFERENCE_DAY
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, refArg] = process.argv.slice(2);
const ref = Number(refArg); // days since 1970-01-01 (UTC)
const since = (n) => (ref - n + 1) * 86400;

const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();
const load = async (table, columns) => {
    await db.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${dir}/${table}.csv', header = true,
                  columns = ${columns})`);
};
const started = Date.now();
await load('customers', "{'id': 'BIGINT', 'city': 'VARCHAR'}");
await load('transactions', "{'customer_id': 'BIGINT', 'ordered_at': 'BIGINT', 'amount_minor': 'BIGINT'}");
await load('events', "{'customer_id': 'BIGINT', 'occurred_at': 'BIGINT', 'type': 'VARCHAR', 'channel': 'VARCHAR'}");
await load('stages', "{'customer_id': 'BIGINT', 'stage': 'VARCHAR'}");
const loadMs = Date.now() - started;

const frequency = `SELECT customer_id FROM transactions WHERE customer_id IS NOT NULL AND amount_minor > 0
                   GROUP BY customer_id HAVING count(*) >= 2`;
const emailOpen = `SELECT DISTINCT customer_id FROM events WHERE lower(type) = 'email_open' AND occurred_at >= ${since(180)}`;
const definitions = {
    'frequency >= 2': `SELECT count(*) FROM (${frequency})`,
    'purchase in 365 days': `SELECT count(DISTINCT customer_id) FROM transactions
                             WHERE customer_id IS NOT NULL AND amount_minor > 0 AND ordered_at >= ${since(365)}`,
    'email_open in 180 days': `SELECT count(*) FROM (${emailOpen})`,
    'frequency, email_open, city': `SELECT count(*) FROM customers c WHERE c.city IN ('上海', '北京', 'London')
                                    AND c.id IN (${frequency}) AND c.id IN (${emailOpen})`,
    'recency <= 90 or no email_open': `SELECT count(*) FROM customers c WHERE c.id NOT IN (${emailOpen})
        OR c.id IN (SELECT customer_id FROM transactions WHERE customer_id IS NOT NULL AND amount_minor > 0
                    GROUP BY customer_id HAVING ${ref} - max(ordered_at) // 86400 <= 90)`,
    'monetary > 500, wechat x2 in 90 days, adopt/advocate': `SELECT count(*) FROM stages s
        WHERE s.stage IN ('adopt', 'advocate')
        AND s.customer_id IN (SELECT customer_id FROM transactions WHERE customer_id IS NOT NULL
                              GROUP BY customer_id HAVING sum(amount_minor) > 50000)
        AND s.customer_id IN (SELECT customer_id FROM events WHERE channel = 'wechat' AND occurred_at >= ${since(90)}
                              GROUP BY customer_id HAVING count(*) >= 2)`,
};

const results = [];
for (const [name, sql] of Object.entries(definitions)) {
    let count = null;
    const times = [];
    for (let run = 0; run < 6; ++run) {
        const t0 = process.hrtime.bigint();
        const reader = await db.runAndReadAll(sql);
        const t1 = process.hrtime.bigint();
        count = Number(reader.getRows()[0][0]);
        if (run > 0)
            times.push(Number(t1 - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    results.push({ name, count, ms: times[Math.floor(times.length / 2)] });
}
console.log(JSON.stringify({ load_ms: loadMs, counts: results }));
