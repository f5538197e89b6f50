#!/usr/bin/env python3
"""Writes the import benchmark's orders file: one row per order with an order id, a
customer id, a date, an amount, a channel, a product name holding a quoted comma and a
quantity. Deterministic for a given row count and seed (about 64 MB at 1,000,000 rows)."""
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
out = sys.argv[2] if len(sys.argv) > 2 else "orders.csv"
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
channels = ["web", "app", "store", "wechat", "phone"]
products = ['"Tea set, 6 pcs"', '"Longjing, 100g"', '"Teapot, 600 ml"', '"Oolong, 5 x 20g"', '"Tumbler, 450 ml"']
with open(out, "w", newline="") as f:
    f.write("order_id,customer_id,order_date,amount,channel,product,quantity\r\n")
    for i in range(rows):
        customer = rng.randrange(1, rows // 4 + 2)
        day = rng.randrange(0, 1095)
        y, rem = 2023 + day // 365, day % 365
        m, d = rem // 31 + 1, rem % 28 + 1
        f.write(f"SO{i + 1:07d},C{customer:06d},{y}-{m:02d}-{d:02d} {rng.randrange(8, 22):02d}:{rng.randrange(60):02d},"
                f"{rng.randrange(990, 99900) / 100:.2f},{rng.choice(channels)},{rng.choice(products)},{rng.randrange(1, 5)}\r\n")
