#!/usr/bin/env python3
"""Writes the import benchmark's orders file: one row per order with an order id, a
customer id, a date, an amount, a channel, a product name holding a quoted comma and a
quantity. Deterministic for a given row count and seed (about 64 MB at 1,000,000 rows).

With --phones the customer is named by a mainland mobile number instead, each customer's
written one of four ways (13800138000, +86 138 0013 8000, 0086-138-0013-8000,
138 0013 8000), as member and order exports of Chinese shops have them."""
import random
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
phones = "--phones" in sys.argv
rows = int(args[0]) if len(args) > 0 else 1_000_000
out = args[1] if len(args) > 1 else "orders.csv"
rng = random.Random(int(args[2]) if len(args) > 2 else 42)
channels = ["web", "app", "store", "wechat", "phone"]
products = ['"Tea set, 6 pcs"', '"Longjing, 100g"', '"Teapot, 600 ml"', '"Oolong, 5 x 20g"', '"Tumbler, 450 ml"']


prefixes = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "157", "158", "159", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"]


def mobile(customer):
    digits = prefixes[customer % len(prefixes)] + f"{customer * 7919 % 10 ** 8:08d}"  # one number per customer
    style = customer % 4
    if style == 1:
        return f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"
    if style == 2:
        return f"0086-{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if style == 3:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return digits


with open(out, "w", newline="") as f:
    f.write(f"order_id,{'mobile' if phones else 'customer_id'},order_date,amount,channel,product,quantity\r\n")
    for i in range(rows):
        customer = rng.randrange(1, rows // 4 + 2)
        day = rng.randrange(0, 1095)
        y, rem = 2023 + day // 365, day % 365
        m, d = rem // 31 + 1, rem % 28 + 1
        who = mobile(customer) if phones else f"C{customer:06d}"
        f.write(f"SO{i + 1:07d},{who},{y}-{m:02d}-{d:02d} {rng.randrange(8, 22):02d}:{rng.randrange(60):02d},"
                f"{rng.randrange(990, 99900) / 100:.2f},{rng.choice(channels)},{rng.choice(products)},{rng.randrange(1, 5)}\r\n")
