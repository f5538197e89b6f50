#include "Schema.h"

#include <array>

namespace mwb {

namespace {

// Times are UTC epoch seconds, money is integer minor units of the workspace currency,
// ids from files are kept as text. Indexes serve the per-customer timeline and the
// time-range aggregates; segment and funnel work reads customer_metrics. Further indexes
// come with the features whose measured queries need them, as migrations.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE settings(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE imports(
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL,
    file_name         TEXT NOT NULL,
    file_size         INTEGER,
    encoding          TEXT,
    delimiter         TEXT,
    mapping           TEXT,
    started_at        INTEGER NOT NULL,
    finished_at       INTEGER,
    rows_read         INTEGER NOT NULL DEFAULT 0,
    rows_imported     INTEGER NOT NULL DEFAULT 0,
    rows_duplicate    INTEGER NOT NULL DEFAULT 0,
    rows_rejected     INTEGER NOT NULL DEFAULT 0,
    customers_created INTEGER NOT NULL DEFAULT 0,
    customers_matched INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'done'
) STRICT;

-- The fields of existing customers as they were before an import changed them, so the
-- import can be undone exactly.
CREATE TABLE import_changes(
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    before      TEXT NOT NULL,
    PRIMARY KEY(import_id, customer_id)
) STRICT, WITHOUT ROWID;

-- Named column mappings, picked again when a file with the same headers comes back.
CREATE TABLE mapping_presets(
    name       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    header_key TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX mapping_presets_headers ON mapping_presets(kind, header_key);

CREATE TABLE import_rejects(
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    column_no INTEGER,
    reason    TEXT NOT NULL,
    raw       TEXT,
    PRIMARY KEY(import_id, line)
) STRICT, WITHOUT ROWID;

CREATE TABLE customers(
    id             INTEGER PRIMARY KEY,
    external_id    TEXT,
    name           TEXT,
    email          TEXT,
    phone          TEXT,
    city           TEXT,
    region         TEXT,
    country        TEXT,
    gender         TEXT,
    birth_date     INTEGER,
    signup_at      INTEGER,
    source_channel TEXT,
    tier           TEXT,
    attributes     TEXT,
    import_id      INTEGER REFERENCES imports(id)
) STRICT;

CREATE TABLE identities(
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    import_id   INTEGER REFERENCES imports(id),
    PRIMARY KEY(kind, value)
) STRICT, WITHOUT ROWID;
CREATE INDEX identities_customer ON identities(customer_id);

CREATE TABLE customer_tags(
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    import_id   INTEGER REFERENCES imports(id),
    PRIMARY KEY(customer_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags(tag);

CREATE TABLE transactions(
    id           INTEGER PRIMARY KEY,
    order_ref    TEXT NOT NULL UNIQUE,
    customer_id  INTEGER REFERENCES customers(id),
    ordered_at   INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    quantity     INTEGER,
    channel      TEXT,
    product      TEXT,
    import_id    INTEGER REFERENCES imports(id)
) STRICT;
CREATE INDEX transactions_customer ON transactions(customer_id, ordered_at, amount_minor);
CREATE INDEX transactions_time ON transactions(ordered_at);

-- Daily sales, kept by triggers so totals and trends never scan transactions.
CREATE TABLE sales_daily(
    day           INTEGER PRIMARY KEY,
    orders        INTEGER NOT NULL,
    revenue_minor INTEGER NOT NULL
) STRICT;
CREATE TRIGGER transactions_sales_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO sales_daily(day, orders, revenue_minor)
    VALUES (NEW.ordered_at / 86400, 1, NEW.amount_minor)
    ON CONFLICT(day) DO UPDATE SET orders = orders + 1,
                                   revenue_minor = revenue_minor + excluded.revenue_minor;
END;
CREATE TRIGGER transactions_sales_delete AFTER DELETE ON transactions BEGIN
    UPDATE sales_daily SET orders = orders - 1, revenue_minor = revenue_minor - OLD.amount_minor
    WHERE day = OLD.ordered_at / 86400;
END;
CREATE TRIGGER transactions_sales_update AFTER UPDATE OF ordered_at, amount_minor ON transactions BEGIN
    UPDATE sales_daily SET orders = orders - 1, revenue_minor = revenue_minor - OLD.amount_minor
    WHERE day = OLD.ordered_at / 86400;
    INSERT INTO sales_daily(day, orders, revenue_minor)
    VALUES (NEW.ordered_at / 86400, 1, NEW.amount_minor)
    ON CONFLICT(day) DO UPDATE SET orders = orders + 1,
                                   revenue_minor = revenue_minor + excluded.revenue_minor;
END;

CREATE TABLE campaigns(
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE,
    channel                TEXT,
    offer                  TEXT,
    segment_id             INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    segment_definition     TEXT,
    holdout                REAL NOT NULL DEFAULT 0,
    seed                   INTEGER,
    cost_fixed_minor       INTEGER NOT NULL DEFAULT 0,
    cost_per_contact_minor INTEGER NOT NULL DEFAULT 0,
    sent_at                INTEGER,
    attribution_days       INTEGER NOT NULL DEFAULT 14,
    created_at             INTEGER NOT NULL
) STRICT;

CREATE TABLE campaign_members(
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    grp          TEXT NOT NULL CHECK (grp IN ('treatment', 'control')),
    member_token TEXT NOT NULL UNIQUE,
    exported_at  INTEGER,
    PRIMARY KEY(campaign_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_members_customer ON campaign_members(customer_id);

CREATE TABLE events(
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    type        TEXT NOT NULL,
    channel     TEXT,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    value       REAL,
    detail      TEXT,
    content_key TEXT,
    import_id   INTEGER REFERENCES imports(id)
) STRICT;
CREATE INDEX events_customer ON events(customer_id, occurred_at);
CREATE UNIQUE INDEX events_content_key ON events(content_key) WHERE content_key IS NOT NULL;

CREATE TABLE segments(
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    definition      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_count      INTEGER,
    last_counted_at INTEGER
) STRICT;

-- One row per customer, recomputed after every change of their history.
CREATE TABLE customer_metrics(
    customer_id         INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    orders              INTEGER NOT NULL DEFAULT 0,
    revenue_minor       INTEGER NOT NULL DEFAULT 0,
    first_purchase_at   INTEGER,
    last_purchase_at    INTEGER,
    events              INTEGER NOT NULL DEFAULT 0,
    first_event_at      INTEGER,
    last_event_at       INTEGER,
    r_score             INTEGER,
    f_score             INTEGER,
    m_score             INTEGER,
    rfm_segment         TEXT,
    lifecycle_stage     TEXT,
    stage_since         INTEGER,
    predicted_clv_minor INTEGER,
    nps                 INTEGER
) STRICT;
CREATE INDEX customer_metrics_last_purchase ON customer_metrics(last_purchase_at);
)sql";

// The 5A stage history of each customer (see lifecycle/StageHistory.h); filled by the
// first Lifecycle::ensureCurrent() after the migration.
constexpr const char *kVersion2 = R"sql(
ALTER TABLE customer_metrics ADD COLUMN stage_history BLOB;
)sql";

// Segments: frozen member lists taken on demand. events_customer grows to cover what
// behaviour conditions ask ("opened an e-mail of campaign X in the last 30 days") and what
// the lifecycle reads (the NPS score is the value), so both are answered from the index
// without reading the events table. events_type answers the same questions for everyone
// at once (a condition alone or among alternatives): the matching events of one type and
// period are one range of it. The RFM scores are filled by the first
// RfmScores::ensureCurrent().
constexpr const char *kVersion3 = R"sql(
CREATE TABLE segment_snapshots(
    id         INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    taken_at   INTEGER NOT NULL,
    customers  INTEGER NOT NULL
) STRICT;
CREATE INDEX segment_snapshots_segment ON segment_snapshots(segment_id);
CREATE TABLE segment_snapshot_members(
    snapshot_id INTEGER NOT NULL REFERENCES segment_snapshots(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY(snapshot_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX segment_snapshot_members_customer ON segment_snapshot_members(customer_id);
DROP INDEX events_customer;
CREATE INDEX events_customer ON events(customer_id, occurred_at, type, channel, campaign_id, value);
CREATE INDEX events_type ON events(type COLLATE NOCASE, occurred_at, customer_id, channel, campaign_id);
-- customer_metrics.nps: each customer's latest NPS answer, kept by CustomerMetrics from now on.
UPDATE customer_metrics SET nps = n.value
FROM (SELECT customer_id, value FROM (
          SELECT customer_id, value,
                 row_number() OVER (PARTITION BY customer_id ORDER BY occurred_at DESC, id DESC) AS newest
          FROM events WHERE type = 'nps')
      WHERE newest = 1) AS n
WHERE n.customer_id = customer_metrics.customer_id AND n.value IS NOT NULL;
)sql";

// Campaigns: what the analyst chose when creating one (the segment's name at the time,
// a stratified split, the exclusions and what they left out), and each member's RFM
// segment at creation, for the report's breakdown.
constexpr const char *kVersion4 = R"sql(
ALTER TABLE campaigns ADD COLUMN segment_name TEXT;
ALTER TABLE campaigns ADD COLUMN stratified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE campaigns ADD COLUMN exclusions TEXT;
ALTER TABLE campaign_members ADD COLUMN rfm_segment TEXT;
)sql";

// Customers merged by hand: who was kept, and the merged customer as it was.
constexpr const char *kVersion5 = R"sql(
CREATE TABLE customer_merges(
    id                INTEGER PRIMARY KEY,
    kept_id           INTEGER NOT NULL,
    merged_id         INTEGER NOT NULL,
    merged_at         INTEGER NOT NULL,
    merged_customer   TEXT NOT NULL,
    identities_moved  INTEGER NOT NULL,
    orders_moved      INTEGER NOT NULL,
    events_moved      INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_merges_kept ON customer_merges(kept_id);
)sql";

// Quick search of the customers table: a trigram index of each customer's name, e-mail,
// phone and external id (any part of three characters or more, ignoring case), kept in
// step with customers by triggers (a bulk load rebuilds it once at the end).
constexpr const char *kVersion6 = R"sql(
CREATE VIRTUAL TABLE customer_search USING fts5(name, email, phone, external_id, content='customers',
    content_rowid='id', tokenize='trigram');
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, name, email, phone, external_id)
    VALUES (NEW.id, NEW.name, NEW.email, NEW.phone, NEW.external_id);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, email, phone, external_id)
    VALUES ('delete', OLD.id, OLD.name, OLD.email, OLD.phone, OLD.external_id);
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, email, phone, external_id ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, email, phone, external_id)
    VALUES ('delete', OLD.id, OLD.name, OLD.email, OLD.phone, OLD.external_id);
    INSERT INTO customer_search(rowid, name, email, phone, external_id)
    VALUES (NEW.id, NEW.name, NEW.email, NEW.phone, NEW.external_id);
END;
INSERT INTO customer_search(customer_search) VALUES ('rebuild');
)sql";

// Customers forgotten on request: when, and which record (no personal data).
constexpr const char *kVersion7 = R"sql(
CREATE TABLE customer_forgets(
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL,
    forgotten_at INTEGER NOT NULL
) STRICT;
)sql";

// The search index keeps its own copy of the four columns (an FTS5 table with content),
// so the customers an import touched can be indexed again in one statement without
// knowing what they held before (see CustomerSearchIndex).
constexpr const char *kVersion8 = R"sql(
DROP TRIGGER customers_search_insert;
DROP TRIGGER customers_search_delete;
DROP TRIGGER customers_search_update;
DROP TABLE customer_search;
CREATE VIRTUAL TABLE customer_search USING fts5(name, email, phone, external_id, tokenize='trigram');
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, name, email, phone, external_id)
    VALUES (NEW.id, NEW.name, NEW.email, NEW.phone, NEW.external_id);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, email, phone, external_id ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = OLD.id;
    INSERT INTO customer_search(rowid, name, email, phone, external_id)
    VALUES (NEW.id, NEW.name, NEW.email, NEW.phone, NEW.external_id);
END;
INSERT INTO customer_search(rowid, name, email, phone, external_id)
SELECT id, name, email, phone, external_id FROM customers;
)sql";

// Segments: "an event of type T in the period" asked of one customer is one seek, to the
// customer's events of the type in time order, instead of a walk through all of a busy
// customer's events of the period (events_customer serves time order and the untyped).
constexpr const char *kVersion9 = R"sql(
CREATE INDEX events_customer_type ON events(customer_id, type COLLATE NOCASE, occurred_at);
)sql";

// Segments: "an order in channel C in the period" asked of one customer reads the channel
// from the index, not from each order's row.
constexpr const char *kVersion10 = R"sql(
DROP INDEX transactions_customer;
CREATE INDEX transactions_customer ON transactions(customer_id, ordered_at, amount_minor, channel);
)sql";

// The search index keeps no count of tokens per column (which only ranking by relevance
// reads; searches filter): a third less to write when an import indexes its customers.
constexpr const char *kVersion11 = R"sql(
DROP TRIGGER customers_search_insert;
DROP TRIGGER customers_search_delete;
DROP TRIGGER customers_search_update;
DROP TABLE customer_search;
CREATE VIRTUAL TABLE customer_search USING fts5(name, email, phone, external_id, tokenize='trigram', columnsize=0);
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, name, email, phone, external_id)
    VALUES (NEW.id, NEW.name, NEW.email, NEW.phone, NEW.external_id);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, email, phone, external_id ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = OLD.id;
    INSERT INTO customer_search(rowid, name, email, phone, external_id)
    VALUES (NEW.id, NEW.name, NEW.email, NEW.phone, NEW.external_id);
END;
INSERT INTO customer_search(rowid, name, email, phone, external_id)
SELECT id, name, email, phone, external_id FROM customers;
)sql";

// Campaign lists being published: the list is complete under a temporary name and its
// contacts are logged (in the same transaction as this row); the rename onto the chosen
// name follows, then the row goes. A row found later (the process was killed in between)
// is finished or its contacts undone, so a list file exists exactly when its contacts are
// logged (see campaigns/PendingExports).
constexpr const char *kVersion12 = R"sql(
CREATE TABLE pending_exports(
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    temp_path      TEXT NOT NULL,
    target_path    TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    first_event_id INTEGER NOT NULL,
    last_event_id  INTEGER NOT NULL,
    exported_at    INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;
)sql";

// Daily sales say what a transaction was (core/vocabulary/Figures.h): `orders` counts
// orders (a positive amount), `refunds` and `refund_minor` the refunds (a negative one),
// `transactions` every row, `revenue_minor` stays the net sum. Before, `orders` counted every
// row, refunds and orders of nothing included.
constexpr const char *kVersion13 = R"sql(
DROP TRIGGER transactions_sales_insert;
DROP TRIGGER transactions_sales_delete;
DROP TRIGGER transactions_sales_update;
ALTER TABLE sales_daily ADD COLUMN transactions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales_daily ADD COLUMN refunds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales_daily ADD COLUMN refund_minor INTEGER NOT NULL DEFAULT 0;
DELETE FROM sales_daily;
INSERT INTO sales_daily(day, transactions, orders, revenue_minor, refunds, refund_minor)
SELECT ordered_at / 86400, count(*), count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor),
       count(*) FILTER (WHERE amount_minor < 0), coalesce(sum(amount_minor) FILTER (WHERE amount_minor < 0), 0)
FROM transactions GROUP BY 1;
CREATE TRIGGER transactions_sales_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO sales_daily(day, transactions, orders, revenue_minor, refunds, refund_minor)
    VALUES (NEW.ordered_at / 86400, 1, NEW.amount_minor > 0, NEW.amount_minor, NEW.amount_minor < 0,
            min(NEW.amount_minor, 0))
    ON CONFLICT(day) DO UPDATE SET transactions = transactions + 1, orders = orders + excluded.orders,
        revenue_minor = revenue_minor + excluded.revenue_minor, refunds = refunds + excluded.refunds,
        refund_minor = refund_minor + excluded.refund_minor;
END;
CREATE TRIGGER transactions_sales_delete AFTER DELETE ON transactions BEGIN
    UPDATE sales_daily SET transactions = transactions - 1, orders = orders - (OLD.amount_minor > 0),
        revenue_minor = revenue_minor - OLD.amount_minor, refunds = refunds - (OLD.amount_minor < 0),
        refund_minor = refund_minor - min(OLD.amount_minor, 0)
    WHERE day = OLD.ordered_at / 86400;
END;
CREATE TRIGGER transactions_sales_update AFTER UPDATE OF ordered_at, amount_minor ON transactions BEGIN
    UPDATE sales_daily SET transactions = transactions - 1, orders = orders - (OLD.amount_minor > 0),
        revenue_minor = revenue_minor - OLD.amount_minor, refunds = refunds - (OLD.amount_minor < 0),
        refund_minor = refund_minor - min(OLD.amount_minor, 0)
    WHERE day = OLD.ordered_at / 86400;
    INSERT INTO sales_daily(day, transactions, orders, revenue_minor, refunds, refund_minor)
    VALUES (NEW.ordered_at / 86400, 1, NEW.amount_minor > 0, NEW.amount_minor, NEW.amount_minor < 0,
            min(NEW.amount_minor, 0))
    ON CONFLICT(day) DO UPDATE SET transactions = transactions + 1, orders = orders + excluded.orders,
        revenue_minor = revenue_minor + excluded.revenue_minor, refunds = refunds + excluded.refunds,
        refund_minor = refund_minor + excluded.refund_minor;
END;
)sql";

// A postal address for direct mail: the street lines as one text, and the postal code.
// A customer is reachable by direct mail when the street address is known.
constexpr const char *kVersion14 = R"sql(
ALTER TABLE customers ADD COLUMN address TEXT;
ALTER TABLE customers ADD COLUMN postal_code TEXT;
)sql";

// Products and order lines. A product is known by its code (the SKU, or the name when a
// file gives only names); newer imports update its name, category and brand. Every line of
// an order is kept: the order's amount stays the sum of its lines (refunds negative).
// Orders imported before keep the one product they had, as one line. Lines are read by
// order (the key), and by product for product figures and conditions.
constexpr const char *kVersion15 = R"sql(
CREATE TABLE products(
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT,
    category   TEXT,
    brand      TEXT,
    import_id  INTEGER REFERENCES imports(id),
    updated_at INTEGER
) STRICT;
CREATE INDEX products_category ON products(category COLLATE NOCASE);
CREATE TABLE order_lines(
    order_id         INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
    line_no          INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products(id),
    quantity         INTEGER,
    unit_price_minor INTEGER,
    amount_minor     INTEGER NOT NULL,
    PRIMARY KEY(order_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX order_lines_product ON order_lines(product_id, order_id);
-- Each product's replenishment interval: the median days between a customer's consecutive
-- purchases of it, for the products bought again by enough customers (products/Replenishment).
CREATE TABLE product_intervals(
    product_id  INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    median_days REAL NOT NULL,
    customers   INTEGER NOT NULL
) STRICT;
INSERT INTO products(code, name, import_id)
SELECT product, product, min(import_id) FROM transactions WHERE product IS NOT NULL AND product <> '' GROUP BY product;
INSERT INTO order_lines(order_id, line_no, product_id, quantity, amount_minor)
SELECT t.id, 1, p.id, t.quantity, t.amount_minor FROM transactions t JOIN products p ON p.code = t.product;
)sql";

// An order's products are its lines': the copy of the first line's product kept on the
// order is dropped (it cost a quarter of the order's bytes on every import).
constexpr const char *kVersion16 = R"sql(
ALTER TABLE transactions DROP COLUMN product;
)sql";

// Programmes: automated plays (programmes/). A programme's definition is its JSON; each
// entry of a customer is a member row moving through the steps by day; each send step's
// members on a day are recorded (treatment, control, global control or capped) and the
// treatment and control of it are a campaign, so every wave has the campaigns' tokens,
// contact log and report. A run of a programme for a day is one row per send step (step 0
// for a day that sent nothing), so a day is never run twice.
constexpr const char *kVersion17 = R"sql(
CREATE TABLE programmes(
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    definition    TEXT NOT NULL,
    first_run_day INTEGER,
    last_run_day  INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;
CREATE TABLE programme_members(
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    entry        INTEGER NOT NULL,
    entered_day  INTEGER NOT NULL,
    grp          TEXT NOT NULL CHECK (grp IN ('treatment', 'control', 'global_control')),
    step         INTEGER NOT NULL,
    due_day      INTEGER NOT NULL,
    exited_day   INTEGER,
    exit_reason  TEXT CHECK (exit_reason IN ('completed', 'purchased')),
    PRIMARY KEY(programme_id, customer_id, entry)
) STRICT, WITHOUT ROWID;
CREATE INDEX programme_members_due ON programme_members(programme_id, due_day) WHERE exited_day IS NULL;
CREATE TABLE programme_runs(
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    day          INTEGER NOT NULL,
    step         INTEGER NOT NULL,
    campaign_id  INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    entered      INTEGER NOT NULL,
    treatment    INTEGER NOT NULL,
    control      INTEGER NOT NULL,
    global_control INTEGER NOT NULL,
    capped       INTEGER NOT NULL,
    file         TEXT,
    PRIMARY KEY(programme_id, day, step)
) STRICT, WITHOUT ROWID;
CREATE INDEX programme_runs_campaign ON programme_runs(campaign_id) WHERE campaign_id IS NOT NULL;
CREATE TABLE programme_contacts(
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    step         INTEGER NOT NULL,
    day          INTEGER NOT NULL,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    grp          TEXT NOT NULL CHECK (grp IN ('treatment', 'control', 'global_control', 'capped')),
    PRIMARY KEY(programme_id, step, day, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX programme_contacts_customer ON programme_contacts(customer_id, day) WHERE grp = 'treatment';
-- The members a segment trigger saw at the programme's last run.
CREATE TABLE programme_segment_state(
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY(programme_id, customer_id)
) STRICT, WITHOUT ROWID;
)sql";

// Experiments and predictions. A campaign's treatment can be split into arms (A/B/n): the
// arms' names and shares are kept with the campaign, each treatment member's arm with the
// member (NULL: the control group, or a campaign of one treatment). The propensity models
// (models/): each target's model as trained (its features, periods, metrics and the fitted
// parameters) and the scores it gave every customer, kept beside their other figures.
constexpr const char *kVersion18 = R"sql(
ALTER TABLE campaigns ADD COLUMN arms TEXT;
ALTER TABLE campaign_members ADD COLUMN arm TEXT;
ALTER TABLE customer_metrics ADD COLUMN churn_score REAL;
ALTER TABLE customer_metrics ADD COLUMN purchase_score REAL;
CREATE TABLE models(
    target     TEXT PRIMARY KEY CHECK (target IN ('churn', 'purchase')),
    definition TEXT NOT NULL,
    parameters BLOB NOT NULL,
    trained_at INTEGER NOT NULL,
    scored_at  INTEGER
) STRICT;
)sql";

// Member tiers by rules (membership/): each customer's tier history, a row per change
// (the day from which the tier holds), computed from the orders under the rules kept in
// settings; a customer without a row is in the lowest tier. customer_metrics keeps each
// customer's tier today and since when, which lists, exports and segments read before the
// imported tier (NULL without rules).
constexpr const char *kVersion19 = R"sql(
ALTER TABLE customer_metrics ADD COLUMN tier TEXT;
ALTER TABLE customer_metrics ADD COLUMN tier_since INTEGER;
CREATE TABLE customer_tiers(
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    tier        TEXT NOT NULL,
    PRIMARY KEY(customer_id, day)
) STRICT, WITHOUT ROWID;
)sql";

// The retain-your-tier play: the next review day on which a member goes down unless they
// buy again (membership/MemberTiers.h); NULL when they keep their tier then.
constexpr const char *kVersion20 = R"sql(
ALTER TABLE customer_metrics ADD COLUMN tier_downgrade_at INTEGER;
)sql";

// The member programme's points and referrals (membership/PointsLedger.h, Referrals.h).
// points: one row per earn (+), redeem (-), expire (-) or adjust (either sign) of a member's
// points, keyed by its content so importing the same file again adds nothing. referrals: who
// brought whom, one referrer per referee (the first one imported stands). customer_metrics
// keeps the direction of the last tier move and the points balance today with what of it
// expires within the notice period (PointsRules), and when the oldest points expire.
constexpr const char *kVersion21 = R"sql(
ALTER TABLE customer_metrics ADD COLUMN tier_change TEXT;
ALTER TABLE customer_metrics ADD COLUMN points_balance INTEGER;
ALTER TABLE customer_metrics ADD COLUMN points_expiring INTEGER;
ALTER TABLE customer_metrics ADD COLUMN points_expire_at INTEGER;
CREATE TABLE points(
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    points      INTEGER NOT NULL,
    type        TEXT NOT NULL CHECK(type IN ('earn', 'redeem', 'expire', 'adjust')),
    reference   TEXT,
    content_key TEXT NOT NULL UNIQUE,
    import_id   INTEGER REFERENCES imports(id)
) STRICT;
CREATE INDEX points_customer ON points(customer_id, occurred_at);
CREATE INDEX points_import ON points(import_id);
CREATE TABLE referrals(
    referee_id  INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    referrer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    referred_at INTEGER,
    import_id   INTEGER REFERENCES imports(id)
) STRICT;
CREATE INDEX referrals_referrer ON referrals(referrer_id);
CREATE INDEX referrals_import ON referrals(import_id);
)sql";

// Events: one index fewer. events_customer_type (customer, type, time) only sped up "an event
// of type T" asked of one customer, which events_customer (customer, time, type, channel,
// campaign, value) answers from the customer's events of the period; it cost a fifth of the
// events' space and of their import.
constexpr const char *kVersion22 = R"sql(
DROP INDEX IF EXISTS events_customer_type;
)sql";

// Events clustered by customer and time. The table is the per-customer access path itself
// (WITHOUT ROWID, keyed by customer, time and id): what events_customer copied of every
// event (a third of the events' bytes) is gone, and one customer's events, or a range of
// customers', are read from contiguous pages. events_type stays the path for everyone's
// events of one type and period. SQLite no longer numbers the events: writers take ids
// from `sequences` (store/EventIds.h), which keeps the last id handed out.
constexpr const char *kVersion23 = R"sql(
CREATE TABLE sequences(
    name TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO sequences(name, last) SELECT 'events', coalesce(max(id), 0) FROM events;
CREATE TABLE events_clustered(
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    type        TEXT NOT NULL,
    channel     TEXT,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    value       REAL,
    detail      TEXT,
    content_key TEXT,
    import_id   INTEGER REFERENCES imports(id),
    PRIMARY KEY(customer_id, occurred_at, id)
) STRICT, WITHOUT ROWID;
INSERT INTO events_clustered(customer_id, occurred_at, id, type, channel, campaign_id, value, detail,
                             content_key, import_id)
SELECT customer_id, occurred_at, id, type, channel, campaign_id, value, detail, content_key, import_id
FROM events ORDER BY customer_id, occurred_at, id;
DROP TABLE events;
ALTER TABLE events_clustered RENAME TO events;
CREATE INDEX events_type ON events(type COLLATE NOCASE, occurred_at, customer_id, channel, campaign_id);
CREATE UNIQUE INDEX events_content_key ON events(content_key) WHERE content_key IS NOT NULL;
)sql";

// Points without a content key: only imported rows need one (importing a file again adds
// nothing); rows the workbench writes itself (the demo's earn and redeem rows) have none,
// and the unique index holds only the keyed rows, as the import index holds only imported
// ones. Both cost a fifth of the points' bytes.
constexpr const char *kVersion24 = R"sql(
CREATE TABLE points_keyed(
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    points      INTEGER NOT NULL,
    type        TEXT NOT NULL CHECK(type IN ('earn', 'redeem', 'expire', 'adjust')),
    reference   TEXT,
    content_key TEXT,
    import_id   INTEGER REFERENCES imports(id)
) STRICT;
INSERT INTO points_keyed(id, customer_id, occurred_at, points, type, reference, content_key, import_id)
SELECT id, customer_id, occurred_at, points, type, reference,
       CASE WHEN import_id IS NULL AND content_key LIKE 'demo:%' THEN NULL ELSE content_key END, import_id
FROM points ORDER BY id;
DROP TABLE points;
ALTER TABLE points_keyed RENAME TO points;
CREATE INDEX points_customer ON points(customer_id, occurred_at);
CREATE INDEX points_import ON points(import_id) WHERE import_id IS NOT NULL;
CREATE UNIQUE INDEX points_content_key ON points(content_key) WHERE content_key IS NOT NULL;
)sql";

// Each customer's orders by calendar month (UTC, numbered year * 12 + month - 1): the orders
// (transactions with a positive amount) and the net revenue, refunds included, as the
// triggers keep them. Cohorts and the KPIs of whole months read these instead of every
// order: a third of the rows, a fifth of the bytes. Guests (no customer) have no row; a
// row whose orders and revenue are back to zero stays and counts for nothing. An import of
// orders drops the triggers for its transaction and brings the months of the customers it
// touched up to date at the end (store/BulkLoad.h).
constexpr const char *kVersion25 = R"sql(
CREATE TABLE customer_months(
    customer_id   INTEGER NOT NULL,
    month         INTEGER NOT NULL,
    orders        INTEGER NOT NULL,
    revenue_minor INTEGER NOT NULL,
    PRIMARY KEY(customer_id, month)
) STRICT, WITHOUT ROWID;
INSERT INTO customer_months(customer_id, month, orders, revenue_minor)
SELECT customer_id, (CAST(strftime('%Y', ordered_at, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', ordered_at, 'unixepoch') AS INTEGER) - 1), count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor)
FROM transactions WHERE customer_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2;
CREATE TRIGGER transactions_months_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO customer_months(customer_id, month, orders, revenue_minor)
    SELECT NEW.customer_id, (CAST(strftime('%Y', NEW.ordered_at, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.ordered_at, 'unixepoch') AS INTEGER) - 1), NEW.amount_minor > 0, NEW.amount_minor
    WHERE NEW.customer_id IS NOT NULL
    ON CONFLICT(customer_id, month) DO UPDATE SET orders = orders + excluded.orders,
        revenue_minor = revenue_minor + excluded.revenue_minor;
END;
CREATE TRIGGER transactions_months_delete AFTER DELETE ON transactions WHEN OLD.customer_id IS NOT NULL BEGIN
    UPDATE customer_months SET orders = orders - (OLD.amount_minor > 0), revenue_minor = revenue_minor - OLD.amount_minor
    WHERE customer_id = OLD.customer_id AND month = (CAST(strftime('%Y', OLD.ordered_at, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.ordered_at, 'unixepoch') AS INTEGER) - 1);
END;
CREATE TRIGGER transactions_months_update AFTER UPDATE OF customer_id, ordered_at, amount_minor ON transactions BEGIN
    UPDATE customer_months SET orders = orders - (OLD.amount_minor > 0), revenue_minor = revenue_minor - OLD.amount_minor
    WHERE customer_id = OLD.customer_id AND month = (CAST(strftime('%Y', OLD.ordered_at, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.ordered_at, 'unixepoch') AS INTEGER) - 1);
    INSERT INTO customer_months(customer_id, month, orders, revenue_minor)
    SELECT NEW.customer_id, (CAST(strftime('%Y', NEW.ordered_at, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.ordered_at, 'unixepoch') AS INTEGER) - 1), NEW.amount_minor > 0, NEW.amount_minor
    WHERE NEW.customer_id IS NOT NULL
    ON CONFLICT(customer_id, month) DO UPDATE SET orders = orders + excluded.orders,
        revenue_minor = revenue_minor + excluded.revenue_minor;
END;
)sql";

constexpr std::array<Migration, 25> kMigrations{{
    {1, kVersion1},   {2, kVersion2},   {3, kVersion3},   {4, kVersion4},   {5, kVersion5},   {6, kVersion6},
    {7, kVersion7},   {8, kVersion8},   {9, kVersion9},   {10, kVersion10}, {11, kVersion11}, {12, kVersion12},
    {13, kVersion13}, {14, kVersion14}, {15, kVersion15}, {16, kVersion16}, {17, kVersion17}, {18, kVersion18},
    {19, kVersion19}, {20, kVersion20}, {21, kVersion21}, {22, kVersion22}, {23, kVersion23}, {24, kVersion24},
    {25, kVersion25},
}};

} // namespace

std::span<const Migration> builtInMigrations()
{
    return kMigrations;
}

int currentSchemaVersion()
{
    return kMigrations.back().version;
}

} // namespace mwb
